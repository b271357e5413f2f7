package vn.cchc.portal.report.build;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build-time step (exec-maven-plugin, phase process-test-classes, on the test classpath): compiles every
 * {@code *.jrxml} below a source directory into a {@code .jasper} file at the same relative path below a target
 * directory. Reports are never compiled at run time: this class lives in {@code src/build/java} and the Java
 * compiler it uses (jasperreports-jdt with ecj) is a test dependency, so neither is in the application jar. The
 * compiled reports name {@code JRJavacCompiler} of jasperreports core as the loader of their expression classes,
 * which only reads the bytecode stored in the {@code .jasper} file. Any compile error fails the build and names the
 * file.
 *
 * <pre>JrxmlCompiler &lt;source dir&gt; &lt;target dir&gt;</pre>
 */
public final class JrxmlCompiler {

    private JrxmlCompiler() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: JrxmlCompiler <jrxml source dir> <jasper target dir>");
        }
        List<Path> compiled = compileAll(Path.of(args[0]), Path.of(args[1]));
        System.out.println("[JrxmlCompiler] compiled " + compiled.size() + " report(s) into " + args[1]);
    }

    /**
     * Compiles all reports below {@code sourceDir}; returns the written {@code .jasper} files.
     *
     * @throws IllegalStateException listing every report that failed to compile
     */
    public static List<Path> compileAll(Path sourceDir, Path targetDir) {
        if (!Files.isDirectory(sourceDir)) {
            throw new IllegalArgumentException("Report source directory not found: " + sourceDir.toAbsolutePath());
        }
        List<Path> sources;
        try (Stream<Path> files = Files.walk(sourceDir)) {
            sources = files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".jrxml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + sourceDir, e);
        }

        List<Path> written = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path source : sources) {
            Path relative = sourceDir.relativize(source);
            String name = relative.getFileName().toString();
            Path target = targetDir
                    .resolve(relative)
                    .resolveSibling(name.substring(0, name.length() - ".jrxml".length()) + ".jasper");
            try {
                Files.createDirectories(target.getParent());
                JasperCompileManager.compileReportToFile(source.toString(), target.toString());
                written.add(target);
            } catch (JRException | IOException | RuntimeException e) {
                failures.add(relative + ": " + describe(e));
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Report compilation failed for " + failures.size() + " file(s):\n  "
                    + String.join("\n  ", failures));
        }
        return written;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append("\n    caused by: ").append(cause);
        }
        return text.toString();
    }
}
