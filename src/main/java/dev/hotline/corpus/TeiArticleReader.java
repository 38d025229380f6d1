package dev.hotline.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads TEI XML such as the Office of the Historian's Milestones chapters: each {@code div
 * type="section"} is an article titled by its {@code head}; its {@code p} elements are the body;
 * figures and notes are not body text, and inline markup is flattened to plain text.
 */
public final class TeiArticleReader implements ArticleReader {
  private static final String TEI = "http://www.tei-c.org/ns/1.0";
  private static final String XML = XMLConstants.XML_NS_URI;
  private static final Set<String> NOT_BODY_TEXT = Set.of("figure", "note", "graphic", "bibl");

  /** Where a Milestones essay lives online; other TEI sources carry no link. */
  private static final String MILESTONES_URL = "https://history.state.gov/milestones/";

  @Override
  public List<Article> read(Path file, String id, Consumer<CorpusProblem> problems)
      throws IOException, ArticleFormatException {
    Document document = parse(file);
    Element root = document.getDocumentElement();
    String collection = Text.normalizeSpace(firstText(root, "title"));
    String source = sourceOf(root, collection);
    Map<String, LocalDate> revised = revisionDates(root);
    String chapter = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    boolean milestones = collection.startsWith("Milestones");

    List<Article> articles = new ArrayList<>();
    NodeList divs = root.getElementsByTagNameNS(TEI, "div");
    for (int i = 0; i < divs.getLength(); i++) {
      Element div = (Element) divs.item(i);
      if (!"section".equals(div.getAttribute("type"))) {
        continue;
      }
      String sectionId = div.getAttributeNS(XML, "id");
      Element head = firstChild(div, "head");
      String title = head == null ? "" : Text.normalizeSpace(flatten(head));
      List<String> paragraphs = new ArrayList<>();
      for (Element p : children(div, "p")) {
        String text = Text.normalizeSpace(flatten(p));
        if (!text.isEmpty()) {
          paragraphs.add(text);
        }
      }
      if (title.isEmpty() || paragraphs.isEmpty()) {
        problems.accept(
            new CorpusProblem(
                file, 0, "section \"" + sectionId + "\" has no head or no paragraphs; skipped"));
        continue;
      }
      String url =
          milestones && !sectionId.isEmpty() ? MILESTONES_URL + chapter + "/" + sectionId : null;
      articles.add(
          new Article(
              id + "#" + sectionId,
              title,
              revised.get(sectionId),
              source,
              url,
              "",
              paragraphs,
              List.of()));
    }
    if (articles.isEmpty()) {
      throw new ArticleFormatException(
          "no <div type=\"section\"> with a head and paragraphs was found", 0);
    }
    return articles;
  }

  private static Document parse(Path file) throws IOException, ArticleFormatException {
    try (InputStream in = Files.newInputStream(file)) {
      return builder().parse(in);
    } catch (SAXParseException e) {
      if (CorpusReader.notUtf8(e) || CorpusReader.notUtf8(e.getException())) {
        throw new ArticleFormatException(CorpusReader.NOT_UTF8, e.getLineNumber(), e);
      }
      throw new ArticleFormatException(
          "not well-formed XML: " + e.getMessage(), e.getLineNumber(), e);
    } catch (SAXException e) {
      throw new ArticleFormatException("not readable as XML: " + e.getMessage(), 0, e);
    }
  }

  private static DocumentBuilder builder() throws ArticleFormatException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      // Corpus files come from outside: no DTDs, no external entities.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder;
    } catch (ParserConfigurationException e) {
      throw new ArticleFormatException(
          "the XML parser cannot be configured safely: " + e.getMessage(), 0, e);
    }
  }

  /** The element's text with figures and notes left out and inline markup dissolved. */
  private static String flatten(Node node) {
    StringBuilder out = new StringBuilder();
    appendText(node, out);
    return out.toString();
  }

  private static void appendText(Node node, StringBuilder out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        out.append(child.getNodeValue());
      } else if (child.getNodeType() == Node.ELEMENT_NODE
          && !NOT_BODY_TEXT.contains(child.getLocalName())) {
        appendText(child, out);
      }
    }
  }

  private static String sourceOf(Element root, String collection) {
    String publisher = Text.normalizeSpace(firstText(root, "sourceDesc"));
    if (publisher.isEmpty()) {
      return collection;
    }
    return collection.isEmpty() ? publisher : publisher + " — " + collection;
  }

  private static Map<String, LocalDate> revisionDates(Element root) {
    Map<String, LocalDate> dates = new HashMap<>();
    NodeList changes = root.getElementsByTagNameNS(TEI, "change");
    for (int i = 0; i < changes.getLength(); i++) {
      Element change = (Element) changes.item(i);
      String target = change.getAttribute("target").replaceFirst("^#", "");
      PublicationDate.parse(change.getAttribute("when")).ifPresent(d -> dates.put(target, d));
    }
    return dates;
  }

  private static String firstText(Element root, String localName) {
    NodeList nodes = root.getElementsByTagNameNS(TEI, localName);
    return nodes.getLength() == 0 ? "" : flatten(nodes.item(0));
  }

  private static Element firstChild(Element parent, String localName) {
    List<Element> found = children(parent, localName);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && localName.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }
}
