package vn.cchc.portal.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Service errors are message keys of the translation bundles, shown in the reader's language. */
class MessageBundleTest {

    private static final Pattern KEY_IN_CODE =
            Pattern.compile("BusinessException\\.(?:of|Text)\\(\\s*\"([^\"]+)\"\\s*[,)]"); // whole keys, not prefixes

    @Test
    void theThreeBundlesHaveTheSameKeysAndTheDefaultIsTheVietnameseOne() throws IOException {
        Properties base = bundle("");
        Properties vietnamese = bundle("_vi");
        Properties english = bundle("_en");
        assertThat(english.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
        assertThat(vietnamese).isEqualTo(base);
    }

    @Test
    void everyMessageKeyThrownByAServiceIsInTheBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(bundle("").stringPropertyNames()).containsAll(used);
        assertThat(bundle("_en").stringPropertyNames()).containsAll(used);
    }

    @Test
    void anErrorReadsInVietnameseByDefaultAndInEnglishForAnEnglishSession() {
        BusinessException e =
                BusinessException.of("error.framework.sameKindYear", "2023", "Chỉ số SIPAS 2023", "SIPAS2023");

        assertThat(e.key()).isEqualTo("error.framework.sameKindYear");
        assertThat(e.getMessage())
                .isEqualTo("Đã có bộ chỉ số cùng loại cho năm 2023: “Chỉ số SIPAS 2023” (SIPAS2023).");
        assertThat(e.message(Formats.VIETNAMESE)).isEqualTo(e.getMessage());
        assertThat(e.message(Locale.ENGLISH))
                .isEqualTo("There is already a framework of the same kind for 2023: “Chỉ số SIPAS 2023” (SIPAS2023).");
    }

    @Test
    void numbersAndNestedTermsFollowTheLanguage() {
        BusinessException range = BusinessException.of(
                "error.number.outOfRange",
                "Tỷ lệ: ",
                new java.math.BigDecimal("1234.5"),
                java.math.BigDecimal.ZERO,
                new java.math.BigDecimal("100"));
        assertThat(range.getMessage()).isEqualTo("Tỷ lệ: 1.234,5 nằm ngoài khoảng cho phép (từ 0 đến 100).");
        assertThat(range.message(Locale.ENGLISH))
                .isEqualTo("Tỷ lệ: 1,234.5 is outside the allowed range (from 0 to 100).");

        BusinessException level = BusinessException.of(
                "error.criterion.mustBeUnder",
                new BusinessException.Text("error.criterion.levelName.SUB_CRITERION"),
                new BusinessException.Text("error.criterion.levelName.CRITERION"));
        assertThat(level.getMessage()).isEqualTo("Mỗi tiêu chí thành phần (TCTP) phải nằm dưới một tiêu chí (TC).");
        assertThat(level.message(Locale.ENGLISH)).isEqualTo("Each sub-criterion must be under a criterion.");
    }

    @Test
    void aListOfProblemsReadsInOneLanguageWithTheirOwnArguments() {
        BusinessException issue = BusinessException.of(
                "error.plan.cannotIssue",
                new BusinessException.Joined(
                        "; ",
                        java.util.List.of(
                                new BusinessException.Text("error.plan.issue.noIssueDate"),
                                new BusinessException.Text(
                                        "error.plan.issue.noLead",
                                        new BusinessException.Joined(", ", java.util.List.of("1.2", "3"))))));

        assertThat(issue.getMessage())
                .isEqualTo(
                        "Chưa ban hành được kế hoạch: chưa có ngày ban hành; các mục chưa có cơ quan chủ trì: 1.2, 3.");
        assertThat(issue.message(Locale.ENGLISH))
                .isEqualTo("The plan cannot be issued yet: no issue date; items without a lead body: 1.2, 3.");
    }

    @Test
    void aRefusalOfAccessKeepsItsVietnameseDetailAndReadsAsTheGeneralRefusalInEnglish() {
        var denied = new org.springframework.security.access.AccessDeniedException(
                "Bạn không có quyền xem số liệu của đơn vị khác.");

        assertThat(BusinessException.messageOf(denied, Formats.VIETNAMESE))
                .isEqualTo("Bạn không có quyền xem số liệu của đơn vị khác.");
        assertThat(BusinessException.messageOf(denied, Locale.ENGLISH)).isEqualTo("You are not allowed to do this.");
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                MessageBundleTest.class.getResourceAsStream("/vaadin-i18n/translations" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
