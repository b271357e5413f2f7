package vn.cchc.portal;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module documentation to {@value #FOLDER}: the component diagram of all modules (C4 PlantUML,
 * {@code components.puml}), one diagram and one canvas per module, and {@code all-docs.adoc} that gathers them.
 * Run by {@code ./mvnw -Pdocs}; the generated files are committed.
 */
public final class ModuleDocs {

    /** Output folder, relative to the project root (the folder is emptied first). */
    public static final String FOLDER = "src/docs/modules";

    private ModuleDocs() {}

    public static void main(String[] args) {
        ApplicationModules modules = ApplicationModules.of(Application.class).verify();
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(args.length > 0 ? args[0] : FOLDER))
                .writeDocumentation();
        System.out.println("[ModuleDocs] wrote the module documentation of "
                + modules.stream().count() + " modules to " + (args.length > 0 ? args[0] : FOLDER));
    }
}
