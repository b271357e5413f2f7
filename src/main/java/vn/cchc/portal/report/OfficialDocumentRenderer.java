package vn.cchc.portal.report;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fill.FillListener;
import net.sf.jasperreports.engine.fill.JRBaseFiller;
import net.sf.jasperreports.engine.fill.JRFiller;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleDocxExporterConfiguration;
import net.sf.jasperreports.export.SimpleDocxReportConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxExporterConfiguration;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
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

    /** sRGB colour profile of the PDF/A output intent (classpath resource). */
    static final String ICC_PROFILE = "reports/color/sRGB.icc";

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
    public byte[] render(
            OfficialDocument doc,
            String bodyReport,
            Collection<?> rows,
            Map<String, Object> bodyParams,
            ExportFormat format) {
        return render(doc, List.of(DocumentPart.tableBody(bodyReport, rows, bodyParams)), format, RenderProgress.NONE);
    }

    /**
     * Renders a document of several parts: the body in the frame, then its appendices, each with its own page
     * size and page numbers. PDF is PDF/A-1b with every font embedded; spreadsheets hold the table parts only.
     */
    public byte[] render(OfficialDocument doc, List<DocumentPart> parts, ExportFormat format, RenderProgress progress) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(format, "format");
        RenderProgress listener = progress == null ? RenderProgress.NONE : progress;
        String current = parts.isEmpty() ? "" : parts.getFirst().report();
        try {
            List<JasperPrint> prints = new ArrayList<>();
            List<JasperPrint> tables = new ArrayList<>();
            for (DocumentPart part : parts) {
                current = part.report();
                JasperPrint print = fill(doc, part, listener);
                prints.add(print);
                if (part.table()) {
                    tables.add(print);
                }
            }
            listener.update("Xuất tệp " + format.extension().toUpperCase(Locale.ROOT), -1);
            return export(format == ExportFormat.XLSX && !tables.isEmpty() ? tables : prints, doc, format);
        } catch (DocumentGenerationException e) {
            throw e;
        } catch (JRException | RuntimeException e) {
            throw new DocumentGenerationException(current + " (" + format.extension() + "): " + e.getMessage(), e);
        }
    }

    /** Renders with an already loaded body report (tests compile their own bodies). */
    byte[] render(
            OfficialDocument doc,
            JasperReport body,
            Collection<?> rows,
            Map<String, Object> bodyParams,
            ExportFormat format) {
        try {
            JasperPrint print = fill(doc, body, rows, bodyParams, RenderProgress.NONE);
            return export(List.of(print), doc, format);
        } catch (DocumentGenerationException e) {
            throw e;
        } catch (JRException | RuntimeException e) {
            throw new DocumentGenerationException(
                    body.getName() + " (" + format.extension() + "): " + e.getMessage(), e);
        }
    }

    private JasperPrint fill(OfficialDocument doc, DocumentPart part, RenderProgress progress) throws JRException {
        JasperReport report = load(part.report());
        if (part.framed()) {
            return fill(doc, report, part.rows(), part.params(), progress);
        }
        Map<String, Object> params = new HashMap<>(part.params());
        params.putIfAbsent(JRParameter.REPORT_LOCALE, VIETNAMESE);
        params.putIfAbsent(JRParameter.REPORT_TIME_ZONE, ZONE);
        params.put("DRAFT", doc.draft());
        return fill(report, params, dataSource(part.rows()), "Dàn trang phụ lục", progress);
    }

    JasperPrint fill(
            OfficialDocument doc,
            JasperReport body,
            Collection<?> rows,
            Map<String, Object> bodyParams,
            RenderProgress progress)
            throws JRException {
        JasperReport frame = load(FRAME_REPORT);

        Map<String, Object> inner = new HashMap<>();
        if (bodyParams != null) {
            inner.putAll(bodyParams);
        }
        inner.putIfAbsent(JRParameter.REPORT_LOCALE, VIETNAMESE);
        inner.putIfAbsent(JRParameter.REPORT_TIME_ZONE, ZONE);
        // a body prints its kept-together blocks with itself (document-body.jrxml's BLOCK band)
        inner.put("SELF", body);

        Map<String, Object> params = new HashMap<>();
        params.put(JRParameter.REPORT_LOCALE, VIETNAMESE);
        params.put(JRParameter.REPORT_TIME_ZONE, ZONE);
        params.put("PARENT_BODY", upper(doc.parentBody()));
        params.put("ISSUING_BODY", upper(doc.issuingBody()));
        params.put("NUMBER_LINE", doc.numberLine());
        params.put("PLACE_DATE", doc.placeDateLine());
        params.put("KIND_TITLE", upper(doc.kindTitle()));
        params.put("SUBJECT", doc.subject());
        params.put("ADDRESSEE", doc.addressee());
        params.put("RECIPIENTS", doc.recipientLines());
        params.put("SIGNER_AUTHORITY", upper(doc.signerAuthority()));
        params.put("SIGNER_TITLE", upper(doc.signerTitle()));
        params.put("SIGNER_NAME", doc.signerName());
        params.put("DRAFT", doc.draft());
        params.put("BODY_REPORT", body);
        params.put("BODY_DATA_SOURCE", dataSource(rows));
        params.put("BODY_PARAMETERS", inner);

        // One record: the detail band holds the body subreport.
        return fill(frame, params, new JREmptyDataSource(1), "Dàn trang văn bản", progress);
    }

    private JasperPrint fill(
            JasperReport report, Map<String, Object> params, JRDataSource data, String stage, RenderProgress progress)
            throws JRException {
        progress.update(stage, 0);
        JRBaseFiller filler = JRFiller.createFiller(context, report);
        filler.addFillListener(new FillListener() {
            @Override
            public void pageGenerated(JasperPrint print, int pageIndex) {
                progress.update(stage, pageIndex + 1);
            }

            @Override
            public void pageUpdated(JasperPrint print, int pageIndex) {
                // the page count is what the progress bar shows
            }
        });
        return filler.fill(params, data);
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
                throw new DocumentGenerationException(
                        "không tìm thấy mẫu " + resource + " (các mẫu .jrxml được biên dịch khi build)", null);
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
                throw new IllegalStateException(
                        "Cannot read " + record.getClass().getSimpleName() + "." + component.getName()
                                + " (is the record public?)",
                        e);
            }
        }
        return map;
    }

    private byte[] export(List<JasperPrint> prints, OfficialDocument doc, ExportFormat format) throws JRException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        SimpleExporterInput input = SimpleExporterInput.getInstance(prints);
        SimpleOutputStreamExporterOutput output = new SimpleOutputStreamExporterOutput(out);
        String title = title(doc);
        switch (format) {
            case PDF -> {
                JRPdfExporter exporter = new JRPdfExporter(context);
                SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
                configuration.setMetadataTitle(title);
                configuration.setMetadataAuthor(author(doc));
                configuration.setMetadataSubject(doc.subject());
                configuration.setMetadataCreator("CCHC Portal");
                configuration.setMetadataKeywords(doc.kindTitle());
                configuration.setDisplayMetadataTitle(true);
                // Archival: PDF/A-1b (ISO 19005-1 level B), sRGB output intent, every font embedded
                configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_1B);
                configuration.setIccProfilePath(ICC_PROFILE);
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
                configuration.setMetadataAuthor(author(doc));
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
                String[] sheets = new String[prints.size()];
                for (int i = 0; i < sheets.length; i++) {
                    sheets[i] =
                            i == 0 ? sheetName(doc) : sheetName(prints.get(i).getName(), i + 1);
                }
                report.setSheetNames(sheets);
                exporter.setConfiguration(report);
                SimpleXlsxExporterConfiguration configuration = new SimpleXlsxExporterConfiguration();
                configuration.setMetadataTitle(title);
                configuration.setMetadataAuthor(author(doc));
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
        String kindText =
                kind.substring(0, 1).toUpperCase(VIETNAMESE) + kind.substring(1).toLowerCase(VIETNAMESE);
        return subject.isEmpty()
                ? kindText
                : kindText + " " + subject.substring(0, 1).toLowerCase(VIETNAMESE) + subject.substring(1);
    }

    /** The issuer on one line ("ỦY BAN NHÂN DÂN TỈNH X"), as document properties show it. */
    static String author(OfficialDocument doc) {
        return doc.issuingBody() == null
                ? null
                : doc.issuingBody().replaceAll("\\s*\n\\s*", " ").strip();
    }

    /** An Excel sheet name: at most 31 characters, none of : \ / ? * [ ]. */
    static String sheetName(OfficialDocument doc) {
        return sheetName(title(doc), 1);
    }

    /** The first sheet is named after the document, the others "Phụ lục 1", "Phụ lục 2" … */
    static String sheetName(String title, int index) {
        String name = index > 1
                ? "Phụ lục " + (index - 1)
                : (title == null ? "" : title)
                        .replaceAll("[:\\\\/?*\\[\\]]", " ")
                        .strip();
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
