package app.rapport;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Features stay apart: a feature uses another only through its root package (never its
 * {@code domain} or {@code ui}), and no two features depend on each other in a cycle. Inside a
 * feature, views reach data only through its guarded services.
 */
class ArchitectureTest {

    @Test
    void feature_packages_only_meet_through_their_public_face() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void views_reach_data_only_through_guarded_services() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.rapport");
        noClasses().that().resideInAPackage("app.rapport..ui..")
                .should().dependOnClassesThat().resideInAPackage("app.rapport..domain..")
                .orShould().dependOnClassesThat(simpleNameEndingWith("Directory"))
                .orShould().dependOnClassesThat(simpleName("WorkspaceHistory").or(simpleName("PeerSignals"))
                        .or(simpleName("LinkTokens")))
                .because("entities and the unguarded lookups (ProgramDirectory, RelationshipDirectory, and the "
                        + "progress feeds WorkspaceHistory and PeerSignals, and LinkTokens) check no access: a view asks a service, "
                        + "which does")
                .check(classes);
    }
}
