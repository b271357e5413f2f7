package vn.cchc.portal.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The administrative parts of an official document laid out by Decree 30/2020/ND-CP: who issues it, its number,
 * place and date, kind and subject, recipients and signature. The body is supplied separately as a report.
 *
 * @param parentBody      the managing body above the issuer, e.g. "UBND TỈNH X" (printed in capitals)
 * @param issuingBody     the issuer, e.g. "SỞ TƯ PHÁP" (printed in bold capitals)
 * @param number          "12/DS-SNV" or a whole line such as "Số:      /DS-SNV" for an unissued document
 * @param place           the place name before the date, e.g. the province's name
 * @param date            the date of issue; null leaves day, month and year blank
 * @param kindTitle       the kind of document, e.g. "DANH SÁCH", "KẾ HOẠCH", "BÁO CÁO"
 * @param subject         the subject line under the kind
 * @param recipients      "Nơi nhận" lines without the leading dash, e.g. "Như trên;", "Lưu: VT, CCHC."
 * @param signerAuthority "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" …; may be blank
 * @param signerTitle     "CHỦ TỊCH", "PHÓ GIÁM ĐỐC" …
 * @param signerName      the signer's full name; blank on an unsigned draft
 * @param draft           prints a "DỰ THẢO" box on the first page
 * @param addressee       "Kính gửi: Bộ Nội vụ" under the subject of a report or letter; null for none (a list, a plan)
 */
public record OfficialDocument(
        String parentBody,
        String issuingBody,
        String number,
        String place,
        LocalDate date,
        String kindTitle,
        String subject,
        List<String> recipients,
        String signerAuthority,
        String signerTitle,
        String signerName,
        boolean draft,
        String addressee) {

    public OfficialDocument {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** "Số: 12/DS-SNV"; a number that already starts with "Số" is kept as it is. */
    public String numberLine() {
        String value = number == null ? "" : number.strip();
        if (value.startsWith("Số")) {
            return value;
        }
        return "Số: " + value;
    }

    /** "<place>, ngày 19 tháng 3 năm 2024". */
    public String placeDateLine() {
        return VietnameseDates.placeDate(place, date);
    }

    /** The recipients as printed: one per line, each starting with "- ". */
    public String recipientLines() {
        return String.join(
                "\n",
                recipients.stream()
                        .filter(r -> r != null && !r.isBlank())
                        .map(String::strip)
                        .map(r -> r.startsWith("-") ? r : "- " + r)
                        .toList());
    }

    /** A copy marked, or not, as a draft. */
    public OfficialDocument withDraft(boolean draft) {
        return new OfficialDocument(
                parentBody,
                issuingBody,
                number,
                place,
                date,
                kindTitle,
                subject,
                recipients,
                signerAuthority,
                signerTitle,
                signerName,
                draft,
                addressee);
    }
}
