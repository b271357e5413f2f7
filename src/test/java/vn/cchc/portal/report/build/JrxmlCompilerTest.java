package vn.cchc.portal.report.build;

import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JrxmlCompilerTest {

    private static final String VALID = """
            <jasperReport name="hello" language="java" pageWidth="200" pageHeight="100" columnWidth="200" \
            leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0">
            	<parameter name="WHO" class="java.lang.String"/>
            	<title height="20">
            		<element kind="textField" x="0" y="0" width="200" height="20">
            			<expression><![CDATA["Xin chào " + $P{WHO}]]></expression>
            		</element>
            	</title>
            </jasperReport>
            """;

    @Test
    void reports_are_compiled_into_the_same_relative_folders(@TempDir Path source, @TempDir Path target)
            throws IOException {
        Files.createDirectories(source.resolve("decree30"));
        Files.writeString(source.resolve("decree30/frame.jrxml"), VALID.replace("hello", "frame"));
        Files.writeString(source.resolve("body.jrxml"), VALID.replace("hello", "body"));
        Files.writeString(source.resolve("notes.txt"), "not a report");

        List<Path> written = JrxmlCompiler.compileAll(source, target);

        assertEquals(2, written.size());
        assertTrue(Files.size(target.resolve("decree30/frame.jasper")) > 0);
        assertTrue(Files.size(target.resolve("body.jasper")) > 0);
        assertFalse(Files.exists(target.resolve("notes.jasper")));
    }

    @Test
    void a_broken_expression_fails_the_build_naming_the_file(@TempDir Path source, @TempDir Path target)
            throws IOException {
        Files.writeString(source.resolve("good.jrxml"), VALID);
        Files.writeString(source.resolve("broken.jrxml"), VALID.replace("$P{WHO}]]", "$P{WHO}.noSuchMethod()]]"));

        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> JrxmlCompiler.compileAll(source, target));

        assertTrue(e.getMessage().contains("broken.jrxml"), e.getMessage());
        assertFalse(e.getMessage().contains("good.jrxml"), e.getMessage());
    }

    @Test
    void an_unknown_attribute_fails_too(@TempDir Path source, @TempDir Path target) throws IOException {
        Files.writeString(
                source.resolve("typo.jrxml"),
                VALID.replace("width=\"200\" height=\"20\">", "width=\"200\" height=\"20\" isBold=\"true\">"));

        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> JrxmlCompiler.compileAll(source, target));

        assertTrue(e.getMessage().contains("typo.jrxml"), e.getMessage());
    }

    @Test
    void a_missing_source_folder_is_an_error(@TempDir Path target) {
        assertThrows(IllegalArgumentException.class, () -> JrxmlCompiler.compileAll(target.resolve("nowhere"), target));
    }

    @Test
    void every_built_report_is_loaded_at_run_time_by_jasperreports_core_without_a_java_compiler() throws Exception {
        Path built = Path.of("target/classes/reports");
        List<Path> reports;
        try (var files = Files.walk(built)) {
            reports = files.filter(p -> p.toString().endsWith(".jasper")).toList();
        }
        assertFalse(reports.isEmpty(), "no compiled report in " + built);
        for (Path report : reports) {
            JasperReport loaded = (JasperReport) JRLoader.loadObject(report.toFile());
            Class<?> loader = Class.forName(loaded.getCompilerClass());
            assertEquals(
                    JasperReport.class.getProtectionDomain().getCodeSource().getLocation(),
                    loader.getProtectionDomain().getCodeSource().getLocation(),
                    report + " names " + loaded.getCompilerClass() + ", which is not in jasperreports core");
        }
    }
}
