package vn.cchc.portal.shared;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Reads the cells of an imported workbook as Excel shows them. A formula gives the result Excel saved with it; a
 * formula saved without a result (files written by programs that do not calculate: scripts, some exports, Apache
 * POI) is calculated here. A formula that cannot be calculated (a function not supported here, a link to another
 * file) or whose result is an error (#REF!, #N/A …) is never read as 0 or as its text: its value says plainly (a
 * message key of the translation bundles) that the cell holds a formula and what to do.
 */
public final class ExcelCells {

    private final FormulaEvaluator evaluator;

    private ExcelCells(FormulaEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** A reader for the cells of one workbook. */
    public static ExcelCells of(Workbook workbook) {
        return new ExcelCells(workbook.getCreationHelper().createFormulaEvaluator());
    }

    /**
     * A cell's value: text, a number, a truth value, nothing, or a formula that could not be read.
     *
     * @param type           STRING, NUMERIC, BOOLEAN or BLANK; ERROR when {@code reason} says why it is unreadable
     * @param dateFormatted  a number shown as a date
     * @param reason         why the cell cannot be read, as a message key with its arguments; null when readable
     */
    public record Value(
            CellType type,
            String text,
            double number,
            boolean bool,
            boolean dateFormatted,
            BusinessException.Text reason) {

        static final Value BLANK = new Value(CellType.BLANK, "", 0, false, false, null);

        public boolean isProblem() {
            return reason != null;
        }

        /** Why the cell cannot be read, in Vietnamese (row error lists); null when readable. */
        public String problem() {
            return reason == null ? null : BusinessException.text(reason.key(), reason.args(), Locale.ROOT);
        }

        /** The number as written in the cell ("1" for 1.0, "80.35"); null when not a number. */
        public BigDecimal decimal() {
            return type == CellType.NUMERIC && Double.isFinite(number) ? BigDecimal.valueOf(number) : null;
        }

        /** The date a date-formatted number shows; null otherwise. */
        public LocalDate date() {
            return type == CellType.NUMERIC && dateFormatted && DateUtil.isValidExcelDate(number)
                    ? DateUtil.getLocalDateTime(number).toLocalDate()
                    : null;
        }

        /** The value as plain text: the text, the number without trailing zeros, TRUE/FALSE, or "". */
        public String plainText() {
            return switch (type) {
                case STRING -> text;
                case NUMERIC ->
                    decimal() == null
                            ? String.valueOf(number)
                            : decimal().stripTrailingZeros().toPlainString();
                case BOOLEAN -> bool ? "TRUE" : "FALSE";
                default -> "";
            };
        }
    }

    /** Reads a cell; null reads as blank. */
    public Value read(Cell cell) {
        if (cell == null) {
            return Value.BLANK;
        }
        if (cell.getCellType() != CellType.FORMULA) {
            return plain(cell, cell.getCellType());
        }
        if (hasSavedResult(cell)) {
            return cell.getCachedFormulaResultType() == CellType.ERROR
                    ? errorResult(
                            cell, FormulaError.forInt(cell.getErrorCellValue()).getString())
                    : plain(cell, cell.getCachedFormulaResultType());
        }
        CellValue value;
        try {
            value = evaluator.evaluate(cell);
        } catch (RuntimeException notCalculable) {
            return problem(
                    new BusinessException.Text("error.excel.formulaNotCalculable", address(cell), formula(cell)));
        }
        if (value == null) {
            return Value.BLANK;
        }
        return switch (value.getCellType()) {
            case STRING -> new Value(CellType.STRING, value.getStringValue(), 0, false, false, null);
            case NUMERIC ->
                new Value(
                        CellType.NUMERIC, "", value.getNumberValue(), false, DateUtil.isCellDateFormatted(cell), null);
            case BOOLEAN -> new Value(CellType.BOOLEAN, "", 0, value.getBooleanValue(), false, null);
            case ERROR ->
                errorResult(cell, FormulaError.forInt(value.getErrorValue()).getString());
            default -> Value.BLANK;
        };
    }

    private static Value plain(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> new Value(CellType.STRING, cell.getStringCellValue(), 0, false, false, null);
            case NUMERIC ->
                new Value(
                        CellType.NUMERIC,
                        "",
                        cell.getNumericCellValue(),
                        false,
                        DateUtil.isCellDateFormatted(cell),
                        null);
            case BOOLEAN -> new Value(CellType.BOOLEAN, "", 0, cell.getBooleanCellValue(), false, null);
            case ERROR ->
                errorResult(cell, FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> Value.BLANK;
        };
    }

    private static Value errorResult(Cell cell, String error) {
        return problem(
                cell.getCellType() == CellType.FORMULA
                        ? new BusinessException.Text("error.excel.formulaError", address(cell), formula(cell), error)
                        : new BusinessException.Text("error.excel.errorValue", address(cell), error));
    }

    private static Value problem(BusinessException.Text reason) {
        return new Value(CellType.ERROR, "", 0, false, false, reason);
    }

    /** Whether the file holds the formula's result (Excel and LibreOffice save it; some programs do not). */
    private static boolean hasSavedResult(Cell cell) {
        return !(cell instanceof XSSFCell xssf) || xssf.getCTCell().isSetV();
    }

    private static String address(Cell cell) {
        return cell.getAddress().formatAsString();
    }

    private static String formula(Cell cell) {
        try {
            return Texts.shorten(cell.getCellFormula(), 60);
        } catch (RuntimeException unreadable) {
            return "…";
        }
    }
}
