package se.glomska;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The build files declare each dependency once (Maven only warns about a second declaration). */
class BuildFilesTest {

    private static final List<String> MODULES = List.of(".", "customer-module", "sales-module", "crm-module",
            "support-module", "accounting-module", "app");

    @Test
    void noPomDeclaresADependencyTwice() throws Exception {
        List<String> duplicates = new ArrayList<>();
        for (String module : MODULES) {
            File pom = new File("..", module + "/pom.xml");
            assertThat(pom).as(module).isFile();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(pom);
            NodeList lists = document.getElementsByTagName("dependencies");
            for (int i = 0; i < lists.getLength(); i++) {
                Set<String> seen = new HashSet<>();
                for (Node n = lists.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element dependency && dependency.getTagName().equals("dependency")) {
                        String key = text(dependency, "groupId") + ":" + text(dependency, "artifactId") + ":"
                                + text(dependency, "type") + ":" + text(dependency, "classifier");
                        if (!seen.add(key)) {
                            duplicates.add(module + "/pom.xml: " + key);
                        }
                    }
                }
            }
        }
        assertThat(duplicates).isEmpty();
    }

    private static String text(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e.getTextContent().trim();
            }
        }
        return "";
    }
}
