package vn.cchc.portal.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.preflight.PreflightDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.exception.SyntaxValidationException;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What every issued PDF must satisfy: PDF/A-1b (PDFBox Preflight), every font embedded, readable text. */
public final class PdfChecks {

    private PdfChecks() {}

    /** The Preflight errors of a PDF/A-1b validation; empty when the file conforms. */
    public static List<String> pdfaErrors(byte[] pdf) throws IOException {
        ValidationResult result;
        try (PreflightDocument document =
                (PreflightDocument) new PreflightParser(new RandomAccessReadBuffer(pdf)).parse()) {
            result = document.validate();
        } catch (SyntaxValidationException e) {
            result = e.getResult();
        }
        if (result.isValid()) {
            return List.of();
        }
        return result.getErrorsList().stream()
                .map(e -> e.getErrorCode() + " " + e.getDetails()
                        + (e.getPageNumber() == null ? "" : " (page " + e.getPageNumber() + ")"))
                .distinct()
                .limit(20)
                .collect(Collectors.toList());
    }

    /** The names of fonts that are not embedded, over every page (and nested forms are not used by Jasper). */
    public static List<String> fontsNotEmbedded(byte[] pdf) throws IOException {
        List<String> missing = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (!font.isEmbedded()) {
                        missing.add(font.getName());
                    }
                }
            }
        }
        return missing;
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    public static PDDocumentInformation info(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentInformation();
        }
    }
}
