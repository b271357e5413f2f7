package vn.cchc.portal.report;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleDocxExporterConfiguration;
import net.sf.jasperreports.export.SimpleDocxReportConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxExporterConfiguration;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * Produces official documents in the Decree 30/2020/ND-CP layout: the frame {@code reports/decree30/official-document}
 * around a document-specific body report. Both are compiled at build time ({@code .jasper} on the classpath under
 * {@code /reports/}) and cached after the first load; filling and exporting happen per request.
 *
 * <p>Body rows may be Java records (their components become fields), maps (keys become fields) or JavaBeans.</p>
 */
@Component
public class OfficialDocumentRenderer {

    /** Classpath folder of the compiled reports. */
    public static final String REPORTS_ROOT = "/reports/";
    /** The frame every official document is printed in. */
    public static final String FRAME_REPORT = "decree30/official-document";
    /**
     * Font family of the font extension (reports/fonts/fonts.xml); {@code jasperreports.properties} makes it the
     * default for text without a font.
     */
    public static final String FONT_FAMILY = "Liberation Serif";

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final TimeZone ZONE = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");
    private static final Pattern REPORT_NAME = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");

    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();
    private final ConcurrentMap<String, JasperReport> compiled = new ConcurrentHashMap<>();

    /**
     * Renders one document.
     *
     * @param doc        header, recipients and signature
     * @param bodyReport the body report's name under {@code /reports/} without extension, e.g. "org-unit-directory"
     * @param rows       the body's data rows (records, maps or beans)
     * @param bodyParams extra parameters for the body report; may be null
     * @param format     the output format
     * @return the exported file
     * @throws DocumentGenerationException when a report is missing or cannot be filled or exported
     */
    public byte[] render(OfficialDocument doc, String bodyReport, Collection<?> rows, Map<String, Object> bodyParams,
                         ExportFormat format) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(format, "format");
        try {
            return render(doc, load(bodyReport), rows, bodyParams, format);
        } catch (DocumentGenerationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DocumentGenerationException(bodyReport + " (" + format.extension() + "): " + e.getMessage(), e);
        }
    }

    /** Renders with an already loaded body report (tests compile their own bodies). */
    byte[] render(OfficialDocument doc, JasperReport body, Collection<?> rows, Map<String, Object> bodyParams,
                  ExportFormat format) {
        try {
            JasperPrint print = fill(doc, body, rows, bodyParams);
            return export(print, doc, format);
        } catch (DocumentGenerationException e) {
            throw e;
        } catch (JRException | RuntimeException e) {
            throw new DocumentGenerationException(body.getName() + " (" + format.extension() + "): " + e.getMessage(),
                    e);
        }
    }

    JasperPrint fill(OfficialDocument doc, JasperReport body, Collection<?> rows, Map<String, Object> bodyParams)
            throws JRException {
        JasperReport frame = load(FRAME_REPORT);

        Map<String, Object> inner = new HashMap<>();
        if (bodyParams != null) {
            inner.putAll(bodyParams);
        }
        inner.putIfAbsent(JRParameter.REPORT_LOCALE, VIETNAMESE);
        inner.putIfAbsent(JRParameter.REPORT_TIME_ZONE, ZONE);

        Map<String, Object> params = new HashMap<>();
        params.put(JRParameter.REPORT_LOCALE, VIETNAMESE);
        params.put(JRParameter.REPORT_TIME_ZONE, ZONE);
        params.put("PARENT_BODY", upper(doc.parentBody()));
        params.put("ISSUING_BODY", upper(doc.issuingBody()));
        params.put("NUMBER_LINE", doc.numberLine());
        params.put("PLACE_DATE", doc.placeDateLine());
        params.put("KIND_TITLE", upper(doc.kindTitle()));
        params.put("SUBJECT", doc.subject());
        params.put("RECIPIENTS", doc.recipientLines());
        params.put("SIGNER_AUTHORITY", upper(doc.signerAuthority()));
        params.put("SIGNER_TITLE", upper(doc.signerTitle()));
        params.put("SIGNER_NAME", doc.signerName());
        params.put("DRAFT", doc.draft());
        params.put("BODY_REPORT", body);
        params.put("BODY_DATA_SOURCE", dataSource(rows));
        params.put("BODY_PARAMETERS", inner);

        // One record: the detail band holds the body subreport.
        return JasperFillManager.getInstance(context).fill(frame, params, new JREmptyDataSource(1));
    }

    /** Loads a compiled report from the classpath once. */
    JasperReport load(String name) {
        if (name == null || !REPORT_NAME.matcher(name).matches()) {
            throw new DocumentGenerationException("tên mẫu báo cáo không hợp lệ \"" + name + "\"", null);
        }
        return compiled.computeIfAbsent(name, this::readCompiled);
    }

    private JasperReport readCompiled(String name) {
        String resource = REPORTS_ROOT + name + ".jasper";
        try (InputStream in = OfficialDocumentRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DocumentGenerationException("không tìm thấy mẫu " + resource
                        + " (các mẫu .jrxml được biên dịch khi build)", null);
            }
            return (JasperReport) JRLoader.loadObject(context, in);
        } catch (IOException | JRException | ClassCastException e) {
            throw new DocumentGenerationException("không đọc được mẫu " + resource + ": " + e.getMessage(), e);
        }
    }

    static JRDataSource dataSource(Collection<?> rows) {
        if (rows == null || rows.isEmpty()) {
            return new JREmptyDataSource(0);
        }
        Object first = rows.iterator().next();
        if (first instanceof Map<?, ?>) {
            List<Map<String, ?>> maps = new ArrayList<>(rows.size());
            for (Object row : rows) {
                @SuppressWarnings("unchecked")
                Map<String, ?> map = (Map<String, ?>) row;
                maps.add(map);
            }
            return new JRMapCollectionDataSource(maps);
        }
        if (first.getClass().isRecord()) {
            List<Map<String, ?>> maps = new ArrayList<>(rows.size());
            for (Object row : rows) {
                maps.add(recordToMap(row));
            }
            return new JRMapCollectionDataSource(maps);
        }
        return new JRBeanCollectionDataSource(rows);
    }

    static Map<String, Object> recordToMap(Object record) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                map.put(component.getName(), component.getAccessor().invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + record.getClass().getSimpleName() + "."
                        + component.getName() + " (is the record public?)", e);
            }
        }
        return map;
    }

    private byte[] export(JasperPrint print, OfficialDocument doc, ExportFormat format) throws JRException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        SimpleExporterInput input = new SimpleExporterInput(print);
        SimpleOutputStreamExporterOutput output = new SimpleOutputStreamExporterOutput(out);
        String title = title(doc);
        switch (format) {
            case PDF -> {
                JRPdfExporter exporter = new JRPdfExporter(context);
                SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
                configuration.setMetadataTitle(title);
                configuration.setMetadataAuthor(doc.issuingBody());
                configuration.setMetadataSubject(doc.subject());
                configuration.setMetadataCreator("CCHC Portal");
                configuration.setDisplayMetadataTitle(true);
                exporter.setConfiguration(configuration);
                exporter.setExporterInput(input);
                exporter.setExporterOutput(output);
                exporter.exportReport();
            }
            case DOCX -> {
                JRDocxExporter exporter = new JRDocxExporter(context);
                SimpleDocxReportConfiguration report = new SimpleDocxReportConfiguration();
                report.setFlexibleRowHeight(true);
                exporter.setConfiguration(report);
                SimpleDocxExporterConfiguration configuration = new SimpleDocxExporterConfiguration();
                configuration.setMetadataTitle(title);
                configuration.setMetadataAuthor(doc.issuingBody());
                configuration.setMetadataSubject(doc.subject());
                configuration.setMetadataApplication("CCHC Portal");
                exporter.setConfiguration(configuration);
                exporter.setExporterInput(input);
                exporter.setExporterOutput(output);
                exporter.exportReport();
            }
            case XLSX -> {
                JRXlsxExporter exporter = new JRXlsxExporter(context);
                SimpleXlsxReportConfiguration report = new SimpleXlsxReportConfiguration();
                report.setOnePagePerSheet(false);
                report.setDetectCellType(true);
                report.setRemoveEmptySpaceBetweenRows(true);
                report.setRemoveEmptySpaceBetweenColumns(true);
                report.setWhitePageBackground(false);
                report.setIgnorePageMargins(true);
                report.setIgnoreGraphics(true); // header rules would only add narrow columns to the grid
                report.setSheetNames(new String[] {sheetName(doc)});
                exporter.setConfiguration(report);
                SimpleXlsxExporterConfiguration configuration = new SimpleXlsxExporterConfiguration();
                configuration.setMetadataTitle(title);
                configuration.setMetadataAuthor(doc.issuingBody());
                configuration.setMetadataSubject(doc.subject());
                configuration.setMetadataApplication("CCHC Portal");
                exporter.setConfiguration(configuration);
                exporter.setExporterInput(input);
                exporter.setExporterOutput(output);
                exporter.exportReport();
            }
        }
        return out.toByteArray();
    }

    private static String title(OfficialDocument doc) {
        String kind = doc.kindTitle() == null ? "" : doc.kindTitle().strip();
        String subject = doc.subject() == null ? "" : doc.subject().strip();
        if (kind.isEmpty()) {
            return subject;
        }
        String kindText = kind.substring(0, 1).toUpperCase(VIETNAMESE) + kind.substring(1).toLowerCase(VIETNAMESE);
        return subject.isEmpty() ? kindText : kindText + " " + subject.substring(0, 1).toLowerCase(VIETNAMESE)
                + subject.substring(1);
    }

    /** An Excel sheet name: at most 31 characters, none of : \ / ? * [ ]. */
    static String sheetName(OfficialDocument doc) {
        String name = title(doc).replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        if (name.isEmpty()) {
            name = "Văn bản";
        }
        return name.length() > 31 ? name.substring(0, 31).strip() : name;
    }

    private static String upper(String text) {
        return text == null ? null : text.strip().toUpperCase(VIETNAMESE);
    }

    static {
        // OpenPDF memory-maps font files by default and unmaps them through sun.misc.Unsafe::invokeCleaner, which the
        // JDK reports as a terminally deprecated call; plain file access reads the same bytes.
        com.lowagie.text.Document.plainRandomAccess = true;
    }
}
