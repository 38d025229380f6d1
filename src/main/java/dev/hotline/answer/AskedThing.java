package dev.hotline.answer;

import dev.hotline.index.Concept;
import dev.hotline.index.QuestionQuery;
import dev.hotline.index.TermMatch;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The thing whose start or end a question asks ("war" in "when did the Korean War end"), as one of
 * the question's concepts and the terms that name it: a start or end word tells of that thing only
 * beside one of them ("the North Korean army collapsed" does not end the war).
 *
 * @param concept the concept's place in the question, or -1 when the question names no such thing
 * @param terms the terms that name it: the word itself, and the one-word synonyms of its concept
 */
record AskedThing(int concept, Set<String> terms) {
  /** No thing: the question asks no start or end, or names nothing the articles hold. */
  static AskedThing none() {
    return new AskedThing(-1, Set.of());
  }

  AskedThing {
    terms = Set.copyOf(terms);
  }

  /** Whether a match in a passage names the thing. */
  boolean namedBy(TermMatch match) {
    return match.concept() == concept && terms.contains(match.term());
  }

  /**
   * The thing a question asks the start or end of, found among its concepts by the term {@code
   * typedTerms} gives its word.
   */
  static AskedThing of(
      ParsedQuestion question, QuestionQuery query, Function<String, Set<String>> typedTerms) {
    if (question.aspect() != Aspect.START && question.aspect() != Aspect.END) {
      return none();
    }
    Optional<String> term =
        Cues.thingAsked(question.searchText())
            .map(typedTerms)
            .filter(terms -> terms.size() == 1)
            .map(terms -> terms.iterator().next());
    if (term.isEmpty()) {
      return none();
    }
    List<Concept> concepts = query.concepts();
    for (int i = 0; i < concepts.size(); i++) {
      Concept concept = concepts.get(i);
      if (concept.terms().contains(term.get())) {
        Set<String> terms = new HashSet<>();
        terms.add(term.get());
        for (List<String> alternative : concept.alternatives()) {
          if (alternative.size() == 1) {
            terms.add(alternative.get(0));
          }
        }
        return new AskedThing(i, terms);
      }
    }
    return none();
  }
}
