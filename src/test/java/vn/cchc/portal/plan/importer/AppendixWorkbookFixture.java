package vn.cchc.portal.plan.importer;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the Excel fixtures of the appendix import from {@code plans/appendix-1908-expected.tsv}, in the layout of the
 * appendix of Plan 1908/KH-UBND (21/07/2023): title rows, header row, numbering row "1 … 6", one row per area (Roman
 * numeral, title merged over the other columns) and one row per criterion, Times New Roman, borders, wrapped text.
 *
 * <ul>
 *   <li>{@code phu-luc-1908-2023.xlsx}: the 79 rows as printed;</li>
 *   <li>{@code phu-luc-loi.xlsx}: the same with three broken rows (see {@link #BROKEN_LEAD_ROW} …).</li>
 * </ul>
 *
 * <p>Regenerate with {@code java ... vn.cchc.portal.plan.importer.AppendixWorkbookFixture [output folder]} (default
 * {@code src/test/resources/plans}) from the project folder, test classpath; the generated files are committed.
 */
public final class AppendixWorkbookFixture {

    static final String EXPECTED_TSV = "/plans/appendix-1908-expected.tsv";
    static final String GOOD_FILE = "phu-luc-1908-2023.xlsx";
    static final String BROKEN_FILE = "phu-luc-loi.xlsx";

    static final String TITLE = "MỤC TIÊU CỤ THỂ NHẰM DUY TRÌ, NÂNG CAO CHỈ SỐ CCHC, CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN, "
            + "TỔ CHỨC ĐỒI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC TỈNH GIA LAI NĂM 2023";
    static final String ATTACHED = "(Kèm theo Kế hoạch số 1908 /KH-UBND ngày 21/07/2023 của Ủy ban nhân dân tỉnh)";
    static final String[] HEADERS = {
        "TT",
        "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
        "Mục tiêu, yêu cầu",
        "Cơ quan phụ trách",
        "Cơ quan phối hợp/thực hiện",
        "Thời gian thực hiện/hoàn thành"
    };
    static final Map<String, String> AREAS = areas();

    /** Excel row (1-based) of the header; areas and items follow the numbering row under it. */
    static final int HEADER_ROW = 5;

    /** phu-luc-loi.xlsx: TC 1.2 (Excel row 9) has an unknown lead unit. */
    static final int BROKEN_LEAD_ROW = 9;

    static final String UNKNOWN_UNIT = "Sở Ngoại giao";
    /** phu-luc-loi.xlsx: TCTP 3.2.3 (Excel row 26) has no goal. */
    static final int BROKEN_GOAL_ROW = 26;
    /** phu-luc-loi.xlsx: TCTP 5.1.3 (Excel row 50) has an impossible date as its timeframe. */
    static final int BROKEN_TIME_ROW = 50;

    static final String BAD_DATE = "31/13/2023";

    private static final float POINTS_PER_LINE = 15.5f;

    /** One row of the expected TSV. */
    public record ExpectedRow(
            String tt,
            String area,
            String code,
            String title,
            String goal,
            String lead,
            String coordinating,
            String timeframe) {

        ExpectedRow with(String goal, String lead, String timeframe) {
            return new ExpectedRow(tt, area, code, title, goal, lead, coordinating, timeframe);
        }
    }

    private AppendixWorkbookFixture() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/plans");
        Files.createDirectories(folder);
        List<ExpectedRow> rows = expectedRows();
        Files.write(folder.resolve(GOOD_FILE), workbook(rows));
        Files.write(folder.resolve(BROKEN_FILE), workbook(broken(rows)));
        System.out.println("Wrote " + folder.resolve(GOOD_FILE) + " and " + folder.resolve(BROKEN_FILE));
    }

    /** The 79 rows of the appendix, as in the TSV. */
    public static List<ExpectedRow> expectedRows() {
        try (InputStream in = AppendixWorkbookFixture.class.getResourceAsStream(EXPECTED_TSV)) {
            if (in == null) {
                throw new IllegalStateException(EXPECTED_TSV + " not on the classpath");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            List<ExpectedRow> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                rows.add(new ExpectedRow(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of phu-luc-loi.xlsx: an unknown lead, an empty goal, an impossible date. */
    static List<ExpectedRow> broken(List<ExpectedRow> rows) {
        List<ExpectedRow> out = new ArrayList<>();
        for (ExpectedRow row : rows) {
            out.add(
                    switch (row.code()) {
                        case "TC 1.2" -> row.with(row.goal(), UNKNOWN_UNIT, row.timeframe());
                        case "TCTP 3.2.3" -> row.with("", row.lead(), row.timeframe());
                        case "TCTP 5.1.3" -> row.with(row.goal(), row.lead(), BAD_DATE);
                        default -> row;
                    });
        }
        return out;
    }

    /** The workbook bytes for these rows. */
    static byte[] workbook(List<ExpectedRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Builder(workbook).build(rows);
            workbook.getProperties().getCoreProperties().setTitle("Phụ lục Kế hoạch 1908/KH-UBND");
            workbook.getProperties().getCoreProperties().setCreator("CCHC Portal test fixture");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a workbook of {@code src/test/resources/plans} against the PAR Index 2023 codes. */
    static ImportResult read(PlanAppendixImporter importer, String file, UnitResolver units) throws IOException {
        try (InputStream in = AppendixWorkbookFixture.class.getResourceAsStream("/plans/" + file)) {
            if (in == null) {
                throw new IOException("no test workbook " + file);
            }
            return importer.read(in, units, parCodes());
        }
    }

    /** The codes of the PAR Index 2023 framework, from the criteria seed. */
    static Set<String> parCodes() {
        try (InputStream in = AppendixWorkbookFixture.class.getResourceAsStream("/db/data/criteria.tsv")) {
            Set<String> codes = new LinkedHashSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(line -> line.split("\t", -1))
                    .filter(f -> f[0].equals("PAR2023"))
                    .forEach(f -> codes.add(f[1]));
            return codes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> areas() {
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("I", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC");
        areas.put("II", "CÁI CÁCH THỂ CHẾ");
        areas.put("III", "CÁI CÁCH TTHC");
        areas.put("IV", "CÁI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH");
        areas.put("V", "CẢI CÁCH CÔNG VỤ");
        areas.put("VI", "CẢI CÁCH TÀI CHÍNH CÔNG");
        areas.put("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ");
        areas.put("VIII", "TÁC ĐỘNG CỦA CCHC ĐẾN NGƯỜI DÂN, TỔ CHỨC VÀ CÁC CHỈ TIÊU PHÁT TRIỂN KT-XH");
        return areas;
    }

    /** Bullets printed on their own lines in the source ("- …", "+ …") become line breaks inside the cell. */
    static String asCellText(String text) {
        return text.replace(" - ", "\n- ").replace(" + ", "\n+ ");
    }

    private static final class Builder {
        private static final int[] WIDTHS = {6, 38, 52, 17, 40, 26}; // characters
        private static final String FONT = "Times New Roman";

        private final XSSFWorkbook workbook;
        private final Sheet sheet;
        private final CellStyle title;
        private final CellStyle caption;
        private final CellStyle italic;
        private final CellStyle header;
        private final CellStyle numbering;
        private final CellStyle areaNumber;
        private final CellStyle areaTitle;
        private final CellStyle centred;
        private final CellStyle body;

        Builder(XSSFWorkbook workbook) {
            this.workbook = workbook;
            this.sheet = workbook.createSheet("Phụ lục");
            Font plain = font(false, false, 12);
            Font bold = font(true, false, 12);
            Font boldTitle = font(true, false, 13);
            Font italicFont = font(false, true, 12);
            title = style(boldTitle, HorizontalAlignment.CENTER, false);
            caption = style(boldTitle, HorizontalAlignment.CENTER, false);
            caption.setWrapText(true);
            italic = style(italicFont, HorizontalAlignment.CENTER, false);
            header = style(bold, HorizontalAlignment.CENTER, true);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            numbering = style(italicFont, HorizontalAlignment.CENTER, true);
            areaNumber = style(bold, HorizontalAlignment.CENTER, true);
            areaTitle = style(bold, HorizontalAlignment.LEFT, true);
            areaTitle.setWrapText(true);
            centred = style(plain, HorizontalAlignment.CENTER, true);
            centred.setVerticalAlignment(VerticalAlignment.TOP);
            body = style(plain, HorizontalAlignment.LEFT, true);
            body.setWrapText(true);
            body.setVerticalAlignment(VerticalAlignment.TOP);
        }

        void build(List<ExpectedRow> rows) {
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256 + 200);
            }
            merged(0, "Phụ lục", title, 20);
            merged(1, TITLE, caption, 36);
            merged(2, ATTACHED, italic, 18);
            sheet.createRow(3);

            Row head = sheet.createRow(HEADER_ROW - 1);
            head.setHeightInPoints(2 * POINTS_PER_LINE + 4);
            for (int c = 0; c < HEADERS.length; c++) {
                text(head, c, HEADERS[c], header);
            }
            Row numbers = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < HEADERS.length; c++) {
                Cell cell = numbers.createCell(c);
                cell.setCellValue(c + 1);
                cell.setCellStyle(numbering);
            }

            int r = HEADER_ROW + 1;
            String area = null;
            for (ExpectedRow item : rows) {
                if (!item.area().equals(area)) {
                    area = item.area();
                    Row areaRow = sheet.createRow(r);
                    text(areaRow, 0, area, areaNumber);
                    text(areaRow, 1, AREAS.get(area), areaTitle);
                    for (int c = 2; c < HEADERS.length; c++) {
                        areaRow.createCell(c).setCellStyle(areaTitle);
                    }
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 1, HEADERS.length - 1));
                    areaRow.setHeightInPoints(POINTS_PER_LINE + 2);
                    r++;
                }
                Row row = sheet.createRow(r++);
                Cell tt = row.createCell(0);
                tt.setCellValue(Integer.parseInt(item.tt()));
                tt.setCellStyle(centred);
                String[] texts = {
                    item.code() + " - " + item.title(),
                    asCellText(item.goal()),
                    item.lead(),
                    item.coordinating(),
                    asCellText(item.timeframe())
                };
                int lines = 1;
                for (int c = 1; c <= texts.length; c++) {
                    text(row, c, texts[c - 1], body);
                    lines = Math.max(lines, lines(texts[c - 1], WIDTHS[c]));
                }
                row.setHeightInPoints((float) (lines * POINTS_PER_LINE + 3));
            }

            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW - 1, HEADER_ROW, -1, -1));
            sheet.createFreezePane(0, HEADER_ROW + 1);
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setMargin(Sheet.LeftMargin, 0.6);
            sheet.setMargin(Sheet.RightMargin, 0.4);
        }

        private void merged(int r, String value, CellStyle style, float height) {
            Row row = sheet.createRow(r);
            row.setHeightInPoints(height);
            text(row, 0, value, style);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADERS.length - 1));
        }

        private static void text(Row row, int c, String value, CellStyle style) {
            Cell cell = row.createCell(c);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }

        /** Rough number of printed lines of a wrapped cell. */
        private static int lines(String text, int width) {
            int lines = 0;
            for (String paragraph : text.split("\n")) {
                lines += Math.max(1, (int) Math.ceil(paragraph.length() * 1.1 / width));
            }
            return lines;
        }

        private Font font(boolean bold, boolean italic, int points) {
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            font.setItalic(italic);
            return font;
        }

        private CellStyle style(Font font, HorizontalAlignment align, boolean borders) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(align);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            if (borders) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }
    }
}
