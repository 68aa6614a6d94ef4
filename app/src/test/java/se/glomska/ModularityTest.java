package se.glomska;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/** The modules respect each other's boundaries; the documentation under docs/modules is generated from them. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(GlomskaApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void aModuleReachingIntoAnotherModulesInternalsFailsVerification() {
        ApplicationModules leaky = ApplicationModules.of("fixture.modulith", location -> true);

        assertThatThrownBy(leaky::verify)
                .isInstanceOf(Violations.class)
                .hasMessageContaining("shipping")
                .hasMessageContaining("inventory.internal.Stock");
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        writeDocumentation(Path.of("../docs/modules"));
    }

    /**
     * The documentation comes out the same on every run, so that a clean checkout stays clean after the
     * tests: relations and listed items in one order, whatever order the model hands them out in.
     */
    @Test
    void theWrittenDocumentationIsInOneOrder(@TempDir Path folder) throws IOException {
        writeDocumentation(folder);
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> written = files.toList();
            assertThat(written).isNotEmpty();
            for (Path file : written) {
                List<String> lines = Files.readAllLines(file);
                for (List<String> run : runs(lines)) {
                    assertThat(run).as(file.getFileName() + ": relations and listed items in order").isSorted();
                }
            }
        }
    }

    /** The runs of consecutive relation lines ({@code Rel(}) and of list items ({@code * }). */
    private static List<List<String>> runs(List<String> lines) {
        List<List<String>> runs = new java.util.ArrayList<>();
        List<String> run = new java.util.ArrayList<>();
        String kind = null;
        for (String line : lines) {
            String k = line.startsWith("Rel(") ? "Rel(" : line.startsWith("* ") ? "* " : null;
            if (k == null || !k.equals(kind)) {
                if (run.size() > 1) {
                    runs.add(run);
                }
                run = new java.util.ArrayList<>();
            }
            if (k != null) {
                run.add(line);
            }
            kind = k;
        }
        if (run.size() > 1) {
            runs.add(run);
        }
        return runs;
    }

    /**
     * Writes the documentation into a scratch folder, puts every run of relations and of listed items in
     * one (sorted) order, and copies into {@code folder} only the files whose content changed: the order
     * Spring Modulith writes them in comes from sets and changes from run to run.
     */
    static void writeDocumentation(Path folder) throws IOException {
        Path scratch = Files.createTempDirectory("glomska-module-docs-");
        try {
            new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(scratch.toString()))
                    .writeModulesAsPlantUml()
                    .writeIndividualModulesAsPlantUml()
                    .writeModuleCanvases();
            Files.createDirectories(folder);
            try (Stream<Path> files = Files.list(scratch)) {
                for (Path file : files.toList()) {
                    String written = Files.readString(file);
                    String text = String.join("\n", inOneOrder(written.lines().toList()))
                            + (written.endsWith("\n") ? "\n" : "");
                    Path target = folder.resolve(file.getFileName().toString());
                    if (!Files.exists(target) || !Files.readString(target).equals(text)) {
                        Files.writeString(target, text);
                    }
                    Files.delete(file);
                }
            }
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    /** The lines with each run of relations and of list items sorted (a leading {@code |} stays first). */
    static List<String> inOneOrder(List<String> lines) {
        List<String> result = new java.util.ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String kind = kind(lines.get(i));
            if (kind == null) {
                result.add(lines.get(i++));
                continue;
            }
            boolean cell = lines.get(i).startsWith("|");
            List<String> run = new java.util.ArrayList<>();
            run.add(cell ? lines.get(i).substring(1) : lines.get(i));
            i++;
            while (i < lines.size() && kind.equals(kind(lines.get(i))) && !lines.get(i).startsWith("|")) {
                run.add(lines.get(i++));
            }
            java.util.Collections.sort(run);
            if (cell) {
                run.set(0, "|" + run.get(0));
            }
            result.addAll(run);
        }
        return result;
    }

    private static String kind(String line) {
        String item = line.startsWith("|* ") ? line.substring(1) : line;
        return item.startsWith("Rel(") ? "Rel(" : item.startsWith("* ") ? "* " : null;
    }
}
