package vn.cchc.portal.shared;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Counts the rows of an Excel workbook (.xlsx) before it is opened, so that a huge table (a 9.7 MB file of 215,000
 * rows) is refused with a message instead of filling the memory when POI builds the workbook. The file is read as a
 * stream — the ZIP entry by entry, each worksheet's XML event by event — and the count stops at the first worksheet
 * over the cap: memory stays constant whatever the file's size. What is no workbook is let through (the importer
 * says the file is not Excel).
 */
public final class XlsxRowCap {

    private static final Pattern WORKSHEET = Pattern.compile("(?i)xl/worksheets/[^/]+\\.xml");
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private XlsxRowCap() {}

    /** As {@link #check(InputStream, int)} for a file held in memory. */
    public static void check(byte[] xlsx, int maxRows) {
        check(new ByteArrayInputStream(xlsx), maxRows);
    }

    /**
     * Refuses a workbook of which a worksheet has more than {@code maxRows} rows.
     *
     * @param xlsx read (not closed); not usable afterwards
     * @throws BusinessException {@code error.excel.tooManyRows} naming the cap
     */
    public static void check(InputStream xlsx, int maxRows) {
        try {
            // commons-compress, as POI: java.util.zip refuses the ZIP64 local headers POI's streaming writer makes
            ZipArchiveInputStream zip = new ZipArchiveInputStream(xlsx, "UTF-8", true, true);
            for (ZipArchiveEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (WORKSHEET.matcher(entry.getName()).matches() && rowsOver(zip, maxRows)) {
                    throw BusinessException.of("error.excel.tooManyRows", maxRows);
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException unreadable) {
            if (unreadable instanceof BusinessException refused) {
                throw refused;
            }
            // not a workbook, or a broken one: the importer reports it
        }
    }

    private static boolean rowsOver(InputStream sheet, int maxRows) throws XMLStreamException {
        XMLStreamReader reader = XML.createXMLStreamReader(new FilterInputStream(sheet) {
            @Override
            public void close() {
                // the ZIP stream goes on with the next entry
            }
        });
        try {
            int rows = 0;
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT
                        && "row".equals(reader.getLocalName())
                        && ++rows > maxRows) {
                    return true;
                }
            }
            return false;
        } finally {
            reader.close();
        }
    }
}
