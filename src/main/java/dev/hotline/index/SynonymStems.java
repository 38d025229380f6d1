package dev.hotline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.IntsRefFSTEnum;

/**
 * The one-word entries of a synonym list by their stems: the list matches words as written, so a
 * word typed in another form than the one listed ("dissolve", listed "dissolved") finds its entry
 * here.
 */
final class SynonymStems {
  private final Map<String, List<String>> entriesByStem;

  private SynonymStems(Map<String, List<String>> entriesByStem) {
    this.entriesByStem = entriesByStem;
  }

  /** The entries of {@code synonyms}, stemmed as {@code typedAnalyzer} stems a question's words. */
  static SynonymStems of(SynonymMap synonyms, Analyzer typedAnalyzer) {
    if (synonyms == null || synonyms.fst == null) {
      return new SynonymStems(Map.of());
    }
    Map<String, List<String>> byStem = new HashMap<>();
    try {
      IntsRefFSTEnum<BytesRef> entries = new IntsRefFSTEnum<>(synonyms.fst);
      IntsRefFSTEnum.InputOutput<BytesRef> entry;
      while ((entry = entries.next()) != null) {
        IntsRef input = entry.input;
        String word = new String(input.ints, input.offset, input.length);
        if (word.indexOf(SynonymMap.WORD_SEPARATOR) >= 0) {
          continue;
        }
        Set<String> terms = HotlineAnalyzer.terms(typedAnalyzer, word);
        if (terms.size() == 1) {
          byStem.computeIfAbsent(terms.iterator().next(), stem -> new ArrayList<>()).add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byStem.replaceAll((stem, words) -> List.copyOf(words));
    return new SynonymStems(Map.copyOf(byStem));
  }

  /** The listed words that stem to {@code stem}. */
  List<String> entries(String stem) {
    return entriesByStem.getOrDefault(stem, List.of());
  }
}
