package vn.cchc.portal.assignment.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Decides the {@link EvidenceType} of a file by its content, never by its name.
 *
 * <ul>
 *   <li>PDF: starts with {@code %PDF-} and a version ({@code %PDF-1.7}, {@code %PDF-2.0});</li>
 *   <li>PNG: the 8-byte PNG signature followed by the IHDR chunk;</li>
 *   <li>JPEG: {@code FF D8 FF} followed by a marker byte ({@code E0} JFIF, {@code E1} Exif, {@code DB} …);</li>
 *   <li>DOCX / XLSX: a ZIP (starts with {@code PK\3\4}) whose central directory opens, which has a
 *       {@code [Content_Types].xml} declaring the main part of a Word document
 *       ({@code …wordprocessingml.document.main+xml}) or of an Excel workbook
 *       ({@code …spreadsheetml.sheet.main+xml}), and which holds that part ({@code word/document.xml},
 *       {@code xl/workbook.xml} as written by Word, Excel, LibreOffice, Google Docs and Apache POI).</li>
 * </ul>
 *
 * Everything else is refused: executables (Windows {@code MZ}, ELF, Mach-O), scripts and text, HTML, old Word/Excel
 * files and password-protected DOCX/XLSX (both OLE2 compound files, see {@link #isOle2(byte[])}), macro-enabled
 * workbooks and documents (DOCM/XLSM, or a {@code vbaProject.bin} inside), templates, other ZIPs, ZIPs that are
 * broken, truncated, encrypted, preceded by other data (self-extracting archives) or with more than
 * {@value #MAX_ZIP_ENTRIES} entries.
 *
 * <p>ZIP bombs: only the central directory is read (by {@link ZipFile}, which never inflates entries on open) and a
 * single small entry, {@code [Content_Types].xml}, is inflated, at most {@value #MAX_CONTENT_TYPES_BYTES} bytes of
 * it. Nothing is extracted to disk. The content of the parts (macros aside) is not examined: this is a type check,
 * not a virus scan.
 */
public final class EvidenceTypeDetector {

    /** Bytes of the head examined for the magic numbers. */
    public static final int HEAD_LENGTH = 16;
    /** More entries than this and a ZIP is not taken for a DOCX/XLSX (real ones have tens to a few hundred). */
    public static final int MAX_ZIP_ENTRIES = 10_000;
    /** Most bytes inflated from {@code [Content_Types].xml} (real ones are 1–20 KB). */
    public static final int MAX_CONTENT_TYPES_BYTES = 1 << 20;

    /** Most bytes a DOCX/XLSX may inflate to, all entries together (real ones with photos: tens of MB). */
    public static final long MAX_INFLATED_BYTES = 200L << 20;
    /** Largest inflated : compressed ratio of an entry that inflates to more than 1 MiB (real XML: 5–30). */
    public static final int MAX_RATIO = 200;

    private static final long RATIO_FROM = 1L << 20;

    static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    static final String XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final Pattern OVERRIDE = Pattern.compile("<(?:\\w+:)?Override\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private EvidenceTypeDetector() {}

    /**
     * The type of the file by its content, empty when it is none of the accepted types.
     *
     * @throws IOException if the file cannot be read (not if it is merely malformed: that gives empty)
     */
    public static Optional<EvidenceType> detect(Path file) throws IOException {
        return detect(head(file), file);
    }

    /** The first {@value #HEAD_LENGTH} bytes of the file (fewer if it is shorter). */
    public static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_LENGTH);
        }
    }

    /**
     * Whether the head is that of an OLE2 compound file: an old Word/Excel file (.doc, .xls) or a password-protected
     * DOCX/XLSX (Office encrypts them into such a container). Both are refused; this lets the caller say why.
     */
    public static boolean isOle2(byte[] head) {
        return startsWith(head, OLE2);
    }

    /** Whether the head is that of a ZIP file (DOCX and XLSX are ZIPs). */
    public static boolean isZip(byte[] head) {
        return startsWith(head, ZIP);
    }

    static Optional<EvidenceType> detect(byte[] head, Path file) throws IOException {
        if (isPdf(head)) {
            return Optional.of(EvidenceType.PDF);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(EvidenceType.PNG);
        }
        if (head.length >= 4
                && (head[0] & 0xFF) == 0xFF
                && (head[1] & 0xFF) == 0xD8
                && (head[2] & 0xFF) == 0xFF
                && (head[3] & 0xFF) >= 0xC0) {
            return Optional.of(EvidenceType.JPEG);
        }
        if (startsWith(head, ZIP)) {
            return officeOpenXml(file);
        }
        return Optional.empty();
    }

    private static boolean isPdf(byte[] head) {
        return startsWith(head, PDF)
                && head.length >= PDF.length + 3
                && Character.isDigit(head[PDF.length])
                && head[PDF.length + 1] == '.'
                && Character.isDigit(head[PDF.length + 2]);
    }

    private static Optional<EvidenceType> officeOpenXml(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("Not a file: " + file);
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > MAX_ZIP_ENTRIES) {
                return Optional.empty();
            }
            Map<String, ZipEntry> byLowerName = new HashMap<>();
            var entries = zip.entries();
            int count = 0;
            while (entries.hasMoreElements()) {
                if (++count > MAX_ZIP_ENTRIES) {
                    return Optional.empty();
                }
                ZipEntry entry = entries.nextElement();
                String lower = entry.getName().toLowerCase(Locale.ROOT);
                if (lower.endsWith("vbaproject.bin")) {
                    return Optional.empty();
                }
                byLowerName.putIfAbsent(lower, entry);
            }
            ZipEntry contentTypes = byLowerName.get("[content_types].xml");
            if (contentTypes == null || contentTypes.isDirectory()) {
                return Optional.empty();
            }
            String xml = readLimited(zip, contentTypes);
            if (xml == null
                    || !xml.contains("<Types") && !xml.contains(":Types")
                    || xml.toLowerCase(Locale.ROOT).contains("vbaproject")) {
                return Optional.empty();
            }
            String wordMain = null;
            String excelMain = null;
            Matcher override = OVERRIDE.matcher(xml);
            while (override.find()) {
                Map<String, String> attributes = attributes(override.group(1));
                String contentType = attributes.getOrDefault("ContentType", "").strip();
                String partName = attributes.getOrDefault("PartName", "").strip();
                if (contentType.equalsIgnoreCase(DOCX_MAIN)) {
                    wordMain = partName;
                } else if (contentType.equalsIgnoreCase(XLSX_MAIN)) {
                    excelMain = partName;
                }
            }
            if (wordMain != null && excelMain == null && hasPart(byLowerName, wordMain)) {
                return Optional.of(EvidenceType.DOCX);
            }
            if (excelMain != null && wordMain == null && hasPart(byLowerName, excelMain)) {
                return Optional.of(EvidenceType.XLSX);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException malformed) {
            // ZipException (no central directory, bad headers, encrypted or corrupt data), EOFException on a
            // truncated entry, IllegalArgumentException on undecodable entry names: not a usable document.
            return Optional.empty();
        }
    }

    /**
     * Whether a ZIP (DOCX/XLSX) inflates beyond {@link #MAX_INFLATED_BYTES} in all, or an entry beyond
     * {@link #MAX_RATIO} times its compressed size: a "zip bomb" that would fill memory or disk of whoever opens it.
     * The sizes in the headers are checked first, then every entry is inflated into nothing and counted (headers can
     * lie); nothing is kept in memory or written. A file that is no readable ZIP is not judged here (false).
     */
    public static boolean inflatesTooMuch(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            long declared = 0;
            var entries = zip.entries();
            int count = 0;
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++count > MAX_ZIP_ENTRIES) {
                    return true;
                }
                declared += Math.max(0, entry.getSize());
                if (declared > MAX_INFLATED_BYTES || tooCompressed(entry.getSize(), entry.getCompressedSize())) {
                    return true;
                }
            }
            long inflated = 0;
            byte[] sink = new byte[64 * 1024];
            entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long ofEntry = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(sink)) > 0; ) {
                        ofEntry += n;
                        inflated += n;
                        if (inflated > MAX_INFLATED_BYTES || tooCompressed(ofEntry, entry.getCompressedSize())) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (IOException | RuntimeException notAZip) {
            return false; // judged (and refused) by detect
        }
    }

    private static boolean tooCompressed(long size, long compressed) {
        return size > RATIO_FROM && size > (long) MAX_RATIO * Math.max(1, compressed);
    }

    /** The entry as UTF-8 text, or null if it inflates to more than {@link #MAX_CONTENT_TYPES_BYTES}. */
    private static String readLimited(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_CONTENT_TYPES_BYTES + 1);
            if (bytes.length > MAX_CONTENT_TYPES_BYTES) {
                return null;
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2) != null ? attribute.group(2) : attribute.group(3));
        }
        return attributes;
    }

    /** Part names are case-insensitive in OPC and written with a leading '/'; ZIP entry names are not. */
    private static boolean hasPart(Map<String, ZipEntry> byLowerName, String partName) {
        String name = partName.startsWith("/") ? partName.substring(1) : partName;
        ZipEntry entry = byLowerName.get(name.toLowerCase(Locale.ROOT));
        return !name.isEmpty() && entry != null && !entry.isDirectory();
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
