package dev.hotline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the pipeline's direction (corpus → passages with dates → index → answers → chat →
 * adapters), the core free of chat-platform libraries, and the adapters apart.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.hotline");
  }

  @Test
  void stagesDependOnlyOnEarlierStages() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Dates")
        .definedBy("dev.hotline.dates..")
        .layer("Corpus")
        .definedBy("dev.hotline.corpus..")
        .layer("Passage")
        .definedBy("dev.hotline.passage..")
        .layer("Index")
        .definedBy("dev.hotline.index..")
        .layer("Answer")
        .definedBy("dev.hotline.answer..")
        .layer("Eval")
        .definedBy("dev.hotline.eval..")
        .layer("Quiz")
        .definedBy("dev.hotline.quiz..")
        .layer("Chat")
        .definedBy("dev.hotline.chat..")
        .layer("Daily")
        .definedBy("dev.hotline.daily..")
        .layer("Store")
        .definedBy("dev.hotline.store..")
        .layer("Cli")
        .definedBy("dev.hotline.cli..")
        .layer("Adapters")
        .definedBy("dev.hotline.discord..", "dev.hotline.telegram..", "dev.hotline.console..")
        .layer("Operations")
        .definedBy("dev.hotline.config..", "dev.hotline.ops..")
        .layer("App")
        .definedBy("dev.hotline.app..")
        .whereLayer("App")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Operations")
        .mayOnlyBeAccessedByLayers("App")
        .whereLayer("Adapters")
        .mayOnlyBeAccessedByLayers("App")
        .whereLayer("Cli")
        .mayOnlyBeAccessedByLayers("App", "Adapters")
        // The store implements the chat layer's and the daily posts' storage interfaces; only the
        // App wires it.
        .whereLayer("Store")
        .mayOnlyBeAccessedByLayers("App")
        .whereLayer("Daily")
        .mayOnlyBeAccessedByLayers("Store", "Adapters", "App")
        .whereLayer("Chat")
        .mayOnlyBeAccessedByLayers("Daily", "Store", "Adapters", "Cli", "Operations", "App")
        .whereLayer("Eval")
        .mayOnlyBeAccessedByLayers("Cli", "App")
        // Quizzes are made from the answer core's events; the chat layer asks them, the store keeps
        // them.
        .whereLayer("Quiz")
        .mayOnlyBeAccessedByLayers("Chat", "Daily", "Store", "Adapters", "App")
        .whereLayer("Answer")
        .mayOnlyBeAccessedByLayers("Chat", "Quiz", "Eval", "Cli", "Adapters", "App")
        .whereLayer("Index")
        .mayOnlyBeAccessedByLayers("Answer", "Cli", "App")
        .whereLayer("Passage")
        .mayOnlyBeAccessedByLayers("Index", "Answer", "Quiz", "Chat", "Cli", "App")
        .whereLayer("Corpus")
        .mayOnlyBeAccessedByLayers("Passage", "Index", "Cli", "App")
        .check(classes);
  }

  @Test
  void theCoreKnowsNoChatPlatform() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "dev.hotline.discord..", "dev.hotline.telegram..", "dev.hotline.app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("net.dv8tion..", "org.telegram..")
        .check(classes);
  }

  @Test
  void dailyPostsQuizzesAndStorageKnowNoChatPlatform() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.hotline.daily..", "dev.hotline.quiz..", "dev.hotline.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("net.dv8tion..", "org.telegram..", "okhttp3..")
        .check(classes);
  }

  /**
   * Daily posts and quizzes must be testable on a clock the tests move: no reading the system clock
   * behind its back.
   */
  @Test
  void dailyPostsQuizzesAndStorageReadTimeOnlyFromTheInjectedClock() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.hotline.daily..", "dev.hotline.quiz..", "dev.hotline.store..")
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(ZonedDateTime.class, "now")
        .orShould()
        .callMethod(LocalTime.class, "now")
        .orShould()
        .callMethod(Clock.class, "systemUTC")
        .orShould()
        .callMethod(Clock.class, "systemDefaultZone")
        .check(classes);
  }

  @Test
  void theAdaptersDoNotKnowEachOther() {
    noClasses()
        .that()
        .resideInAPackage("dev.hotline.discord..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.hotline.telegram..", "org.telegram..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("dev.hotline.telegram..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.hotline.discord..", "net.dv8tion..")
        .check(classes);
  }

  @Test
  void onlyTheIndexStageTouchesLucene() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.hotline.index..", "dev.hotline.app..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..")
        .check(classes);
  }

  @Test
  void noPackageCycles() {
    slices().matching("dev.hotline.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void noStaticSingletons() {
    fields().that().areStatic().should(notHoldAnInstanceOfTheirOwnType()).check(classes);
  }

  /**
   * A static field of its owner's own type is a singleton (enum constants aside). A constant of an
   * interface type that does nothing (a null object such as {@code PlaceLifecycle.NONE}) holds no
   * state and is allowed.
   */
  private static ArchCondition<JavaField> notHoldAnInstanceOfTheirOwnType() {
    return new ArchCondition<>("not hold an instance of their own class") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        boolean ownType = field.getRawType().equals(field.getOwner());
        boolean allowed = field.getOwner().isEnum() || field.getOwner().isInterface();
        if (ownType && !allowed) {
          events.add(
              SimpleConditionEvent.violated(
                  field, field.getFullName() + " is a static instance of its own class"));
        }
      }
    };
  }
}
