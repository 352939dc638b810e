#include "export/graphml.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <future>
#include <istream>
#include <iterator>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <string_view>
#include <thread>
#include <tuple>
#include <unordered_set>
#include <variant>
#include <vector>

#include "export/value_list.h"
#include "export/xml_pull_reader.h"
#include "export/xml_text.h"
#include "extract/string_map.h"
#include "graph/parallel_for.h"

namespace kgx {
namespace {

// ---------------------------------------------------------------------------
// The keys. attr.name and attr.type of the first twelve are fixed by
// CONTRACT.md; the last three are kgx's own, there so that read_graphml can
// restore exactly what was written.

enum class Field {
  NodeLabel,
  NodeType,
  NodeAliases,
  NodeMentions,
  NodeDocuments,
  EdgeRelation,
  EdgeLabel,
  EdgeWeight,
  EdgeSymmetric,
  EdgeDate,
  EdgePlace,
  EdgeEvidence,
  EdgeDateSources,
  EdgePlaceSources,
  EdgeEvidenceSpans,
};

struct KeySpec {
  Field field;
  std::string_view id;  // the <key id>, what <data key> refers to
  std::string_view domain;
  std::string_view name;
  std::string_view type;
};

constexpr std::array<KeySpec, 15> kKeys = {{
    {Field::NodeLabel, "n_label", "node", "label", "string"},
    {Field::NodeType, "n_type", "node", "type", "string"},
    {Field::NodeAliases, "n_aliases", "node", "aliases", "string"},
    {Field::NodeMentions, "n_mentions", "node", "mentions", "int"},
    {Field::NodeDocuments, "n_documents", "node", "documents", "string"},
    {Field::EdgeRelation, "e_relation", "edge", "relation", "string"},
    {Field::EdgeLabel, "e_label", "edge", "label", "string"},
    {Field::EdgeWeight, "e_weight", "edge", "weight", "double"},
    {Field::EdgeSymmetric, "e_symmetric", "edge", "symmetric", "boolean"},
    {Field::EdgeDate, "e_date", "edge", "date", "string"},
    {Field::EdgePlace, "e_place", "edge", "place", "string"},
    {Field::EdgeEvidence, "e_evidence", "edge", "evidence", "string"},
    {Field::EdgeDateSources, "e_date_sources", "edge", "date_sources", "string"},
    {Field::EdgePlaceSources, "e_place_sources", "edge", "place_sources", "string"},
    {Field::EdgeEvidenceSpans, "e_evidence_spans", "edge", "evidence_spans", "string"},
}};

constexpr bool keys_follow_field_order() {
  for (std::size_t i = 0; i < kKeys.size(); ++i)
    if (static_cast<std::size_t>(kKeys[i].field) != i) return false;
  return true;
}
static_assert(keys_follow_field_order(), "kKeys is indexed by Field");

constexpr const KeySpec& key_of(Field field) { return kKeys[static_cast<std::size_t>(field)]; }

constexpr std::string_view kGraphmlNamespace = "http://graphml.graphdrawing.org/xmlns";

// ---------------------------------------------------------------------------
// Ids. The schema wants node and edge ids to be unique NMTOKENs; the graph
// promises that, but one bad id would make the whole file invalid, so the
// writer checks and repairs rather than trusts.

// Conservative NMTOKEN test (ASCII name characters only), so that every
// validator agrees whatever edition of the XML name rules it follows.
bool is_ascii_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-' || c == '_' || c == ':';
}

bool is_nmtoken(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), is_ascii_name_char);
}

// `wanted` with each other character (one per UTF-8 sequence) made '_'.
std::string nmtoken_from(std::string_view wanted) {
  std::string token;
  for (char c : wanted) {
    bool continuation_byte = (static_cast<unsigned char>(c) & 0xC0) == 0x80;
    if (is_ascii_name_char(c))
      token += c;
    else if (!continuation_byte)
      token += '_';
  }
  return token;
}

// One unique NMTOKEN per wanted id, in the same order, replacing `ids` in
// place. Valid ids are kept as they are: the views still point at the
// graph's own strings, so writing a graph does not copy its ids (at millions
// of edges that copy was a large part of the peak memory). The others (the
// first of duplicates keeps its id) become a repaired form, or prefix +
// position when nothing is left, with a "_N" suffix if taken; their text
// lives in `repaired`, whose elements never move.
void make_unique_nmtokens(std::vector<std::string_view>& ids, std::deque<std::string>& repaired,
                          std::string_view prefix) {
  StringViewSet taken;
  taken.reserve(ids.size());
  std::vector<std::size_t> to_repair;
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (!is_nmtoken(ids[i]) || !taken.insert(ids[i]).second) to_repair.push_back(i);
  for (std::size_t i : to_repair) {
    std::string base = nmtoken_from(ids[i]);
    if (base.empty()) base = std::string(prefix) + std::to_string(i);
    std::string id = base;
    for (std::size_t suffix = 2; taken.count(id); ++suffix) id = base + "_" + std::to_string(suffix);
    ids[i] = repaired.emplace_back(std::move(id));
    taken.insert(ids[i]);
  }
}

// ---------------------------------------------------------------------------
// Writing: everything goes through one buffer flushed in large blocks, so
// the cost is linear in the output and the ostream sees few calls.

void append_number(std::string& out, std::uint64_t value) {
  std::array<char, 24> digits;
  auto result = std::to_chars(digits.data(), digits.data() + digits.size(), value);
  out.append(digits.data(), result.ptr);
}

class BufferedXml {
 public:
  explicit BufferedXml(std::ostream& out) : out_(&out) { buffer_.reserve(kFlushAt + 4096); }
  // Collects everything in memory (see text()) for a caller that writes it later.
  BufferedXml() = default;

  BufferedXml& raw(std::string_view markup) {
    buffer_ += markup;
    return *this;
  }
  BufferedXml& text(std::string_view text) {
    append_xml_escaped(buffer_, text);
    return *this;
  }
  BufferedXml& number(std::uint64_t value) {
    append_number(buffer_, value);
    return *this;
  }

  void data(Field field, std::string_view value) {
    raw("      <data key=\"").raw(key_of(field).id).raw("\">").text(value).raw("</data>\n");
  }
  void data_number(Field field, std::uint64_t value) {
    raw("      <data key=\"").raw(key_of(field).id).raw("\">").number(value).raw("</data>\n");
  }
  // Lists are omitted when empty: a reader then sees no attribute at all.
  void data_list(Field field, const ValueListEncoder& list) {
    if (list.empty()) return;
    if (list.output() != ValueListEncoder::Output::XmlEscaped) return data(field, list.text());
    raw("      <data key=\"").raw(key_of(field).id).raw("\">").raw(list.text()).raw("</data>\n");
  }

  void maybe_flush() {
    if (out_ && buffer_.size() >= kFlushAt) flush();
  }
  void flush() {
    if (!out_) return;
    out_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }
  std::string& text() { return buffer_; }

 private:
  static constexpr std::size_t kFlushAt = 1 << 16;
  std::ostream* out_ = nullptr;
  std::string buffer_;
};

void write_header(BufferedXml& xml, bool directed) {
  xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"")
      .raw(kGraphmlNamespace)
      .raw("\">\n");
  for (const KeySpec& key : kKeys) {
    xml.raw("  <key id=\"").raw(key.id).raw("\" for=\"").raw(key.domain);
    xml.raw("\" attr.name=\"").raw(key.name).raw("\" attr.type=\"").raw(key.type).raw("\"/>\n");
  }
  xml.raw("  <graph id=\"G\" edgedefault=\"").raw(directed ? "directed" : "undirected").raw("\">\n");
}

void write_node(BufferedXml& xml, const EntityNode& node, std::string_view id, const DocumentTable& documents,
                ValueListEncoder& list) {
  xml.raw("    <node id=\"").raw(id).raw("\">\n");
  xml.data(Field::NodeLabel, node.label);
  xml.data(Field::NodeType, to_string(node.type));
  list.clear();
  for (const std::string& alias : node.aliases) list.add(alias);
  xml.data_list(Field::NodeAliases, list);
  xml.data_number(Field::NodeMentions, node.mentions);
  list.clear();
  for (DocumentIndex doc : node.documents) list.add(documents.id(doc));
  xml.data_list(Field::NodeDocuments, list);
  xml.raw("    </node>\n");
  xml.maybe_flush();
}

// The distinct values of `sourced` in first-seen order (the contract's date
// and place) and every (doc, value) pair (the *_sources keys). Most edges
// have a handful of values, compared directly; a hash set only past that.
void encode_qualifier(std::span<const SourcedValue> sourced, const DocumentTable& documents,
                      ValueListEncoder& values, ValueListEncoder& sources,
                      std::unordered_set<std::string_view>& seen) {
  constexpr std::size_t kDirectCompareLimit = 16;
  values.clear();
  sources.clear();
  // Cleared only when used: clear() wipes every bucket, and once one edge
  // had many values the set keeps thousands of them.
  if (sourced.size() > kDirectCompareLimit) seen.clear();
  for (std::size_t i = 0; i < sourced.size(); ++i) {
    const std::string& value = sourced[i].value;
    bool first_seen;
    if (sourced.size() <= kDirectCompareLimit) {
      auto earlier = sourced.begin() + static_cast<std::ptrdiff_t>(i);
      first_seen = std::none_of(sourced.begin(), earlier,
                                [&](const SourcedValue& other) { return other.value == value; });
    } else {
      first_seen = seen.insert(value).second;
    }
    if (first_seen) values.add(value);
    sources.add_sourced(documents.id(sourced[i].doc), value);
  }
}

// Encoders reused from edge to edge, so that writing allocates next to nothing.
struct EdgeScratch {
  static constexpr auto kXml = ValueListEncoder::Output::XmlEscaped;
  ValueListEncoder dates{kXml}, date_sources{kXml}, places{kXml}, place_sources{kXml}, evidence{kXml}, spans{kXml};
  std::unordered_set<std::string_view> seen;
  std::string span, id;
};

// An empty `id` is derived from the written ends (append_relation_id).
void write_edge(BufferedXml& xml, const RelationEdge& edge, std::string_view id,
                std::string_view source, std::string_view target, const DocumentTable& documents,
                bool directed_graph, EdgeScratch& scratch) {
  std::string_view relation = to_string(edge.relation);
  bool symmetric = is_symmetric(edge.relation);
  if (id.empty()) {
    scratch.id.clear();
    append_relation_id(scratch.id, source, edge.relation, target);
    id = scratch.id;
  }
  xml.raw("    <edge id=\"").raw(id).raw("\" source=\"").raw(source).raw("\" target=\"").raw(target);
  xml.raw("\" label=\"").raw(relation).raw("\"");
  if (!directed_graph && !symmetric) xml.raw(" directed=\"true\"");
  xml.raw(">\n");
  xml.data(Field::EdgeRelation, relation);
  xml.data(Field::EdgeLabel, relation);
  xml.data_number(Field::EdgeWeight, edge.weight);
  xml.data(Field::EdgeSymmetric, symmetric ? "true" : "false");

  encode_qualifier(edge.dates(), documents, scratch.dates, scratch.date_sources, scratch.seen);
  encode_qualifier(edge.places(), documents, scratch.places, scratch.place_sources, scratch.seen);
  scratch.evidence.clear();
  scratch.spans.clear();
  for (const SourcedSentence& evidence : edge.evidence) {
    scratch.evidence.add_sourced(documents.id(evidence.doc), evidence.sentence);
    scratch.span.clear();
    append_number(scratch.span, evidence.begin);
    scratch.span += '-';
    append_number(scratch.span, evidence.end);
    scratch.spans.add(scratch.span);
  }
  xml.data_list(Field::EdgeDate, scratch.dates);
  xml.data_list(Field::EdgePlace, scratch.places);
  xml.data_list(Field::EdgeEvidence, scratch.evidence);
  xml.data_list(Field::EdgeDateSources, scratch.date_sources);
  xml.data_list(Field::EdgePlaceSources, scratch.place_sources);
  xml.data_list(Field::EdgeEvidenceSpans, scratch.spans);
  xml.raw("    </edge>\n");
  xml.maybe_flush();
}

}  // namespace

void write_graphml(const KnowledgeGraph& graph, std::ostream& out, GraphmlOptions options) {
  const Graph& g = graph.graph();
  std::deque<std::string> repaired;
  std::vector<std::string_view> node_ids;
  node_ids.reserve(graph.entity_count());
  for (Vertex v = 0; v < graph.entity_count(); ++v) node_ids.push_back(g[v].id);
  make_unique_nmtokens(node_ids, repaired, "n");

  // Edges, most of the file, are formatted in chunks of the graph's own
  // order (insertion order), walked here once for where each chunk starts,
  // instead of listing millions of edge descriptors. Their ids are derived
  // from the written node ids as they are written: unique NMTOKENs without
  // a check when no node id holds a '.' and no edge has an id of its own
  // (every graph kgx builds). Otherwise (a file from another tool) all ids
  // are listed and checked like the nodes'.
  constexpr std::size_t kChunk = 4096;
  using EdgeIterator = boost::graph_traits<Graph>::edge_iterator;
  const bool derive_edge_ids =
      !graph.has_own_relation_ids() &&
      std::none_of(node_ids.begin(), node_ids.end(), [](std::string_view id) { return id.find('.') != id.npos; });
  std::vector<std::string> listed_edge_ids;
  std::vector<EdgeIterator> chunk_start;
  std::size_t edge_count = 0;
  for (auto [it, end] = boost::edges(g); it != end; ++it, ++edge_count) {
    if (edge_count % kChunk == 0) chunk_start.push_back(it);
    if (!derive_edge_ids) listed_edge_ids.push_back(graph.relation_id(g[*it]));
  }
  chunk_start.push_back(boost::edges(g).second);
  std::vector<std::string_view> edge_ids(listed_edge_ids.begin(), listed_edge_ids.end());
  make_unique_nmtokens(edge_ids, repaired, "e");

  BufferedXml xml(out);
  write_header(xml, options.directed);
  ValueListEncoder list(ValueListEncoder::Output::XmlEscaped);
  for (Vertex v = 0; v < graph.entity_count(); ++v) write_node(xml, g[v], node_ids[v], graph.documents(), list);

  const std::size_t chunks = chunk_start.size() - 1;
  auto format_chunk = [&](std::size_t chunk, BufferedXml& into, EdgeScratch& scratch) {
    std::size_t i = chunk * kChunk;
    for (EdgeIterator it = chunk_start[chunk]; it != chunk_start[chunk + 1]; ++it, ++i) {
      const RelationEdge& edge = g[*it];
      const std::string_view id = derive_edge_ids ? std::string_view() : edge_ids[i];
      write_edge(into, edge, id, node_ids.at(edge.from), node_ids.at(edge.to), graph.documents(), options.directed,
                 scratch);
    }
  };
  const std::size_t threads = std::clamp<std::size_t>(options.threads, 1, std::max<std::size_t>(1, chunks));
  if (threads == 1) {
    EdgeScratch scratch;
    for (std::size_t c = 0; c < chunks; ++c) format_chunk(c, xml, scratch);
  } else {
    // One round formats as many chunks as there are threads, each into its
    // own buffer, while the round before it is written out in order from
    // the other set of buffers: writing is a third of the edges' time on
    // one thread, and waiting for it left the formatting threads idle.
    xml.flush();
    std::array<std::vector<BufferedXml>, 2> buffer_sets{std::vector<BufferedXml>(threads),
                                                        std::vector<BufferedXml>(threads)};
    std::vector<EdgeScratch> scratches(threads);
    std::future<void> writing;  // the previous round's buffers
    for (std::size_t round = 0; round < chunks; round += threads) {
      const std::size_t n = std::min(threads, chunks - round);
      std::vector<BufferedXml>& buffers = buffer_sets[(round / threads) % 2];
      parallel_for(n, n, 1, [&](std::size_t t) {
        buffers[t].text().clear();
        format_chunk(round + t, buffers[t], scratches[t]);
      });
      if (writing.valid()) writing.get();
      writing = std::async(std::launch::async, [&out, &buffers, n] {
        for (std::size_t t = 0; t < n; ++t)
          out.write(buffers[t].text().data(), static_cast<std::streamsize>(buffers[t].text().size()));
      });
    }
    if (writing.valid()) writing.get();
  }
  xml.raw("  </graph>\n</graphml>\n");
  xml.flush();
}

// ---------------------------------------------------------------------------
// Reading, in one streaming pass (see xml_pull_reader.h for why not a DOM).

namespace {

using Event = XmlPullReader::Event;

[[noreturn]] void fail(const std::string& what) { throw GraphmlError("GraphML: " + what); }

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

// Element names compared without a namespace prefix (g:node and node alike).
std::string_view local_name(std::string_view name) {
  std::size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// `what()` names the number in a message; called only on failure, so that
// reading a good file builds no message strings.
template <typename What>
std::uint32_t parse_count(std::string_view text, const What& what) {
  std::uint32_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size())
    fail(what() + " is " + quoted(text) + ", not a whole number");
  return value;
}

template <typename What>
std::uint32_t parse_weight(std::string_view text, const What& what) {
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value) ||
      value < 0 || value > std::numeric_limits<std::uint32_t>::max())
    fail(what() + " is " + quoted(text) + ", not a non-negative number");
  return static_cast<std::uint32_t>(std::lround(value));
}

// Skips the rest of the element whose start tag was just read.
void skip_element(XmlPullReader& xml) {
  for (std::size_t depth = 0;;) {
    const Event event = xml.next();
    if (event == Event::StartElement) {
      ++depth;
    } else if (event == Event::EndElement) {
      if (depth == 0) return;
      --depth;
    } else if (event == Event::EndOfDocument) {
      return;  // not reached: the reader fails on an open element first
    }
  }
}

// Which Field a <data key> means, from the <key> declarations: by attr.name
// in the context of a node or an edge, so that files using other key ids
// (networkx's d0, d1 ...) read the same. Keys are declared before the graph
// (as GraphML requires) and resolved once per key, not per <data>.
enum class Domain { Node, Edge };

class KeyTable {
 public:
  void declare(std::string_view id, std::string_view name) {
    fields_[std::string(id)] = {field_named(name, "node"), field_named(name, "edge")};
  }

  std::optional<Field> field(std::string_view key, Domain domain) const {
    auto it = fields_.find(key);
    if (it == fields_.end())  // undeclared: the id taken as the name, like score.py does
      return field_named(key, domain == Domain::Node ? "node" : "edge");
    return it->second[static_cast<std::size_t>(domain)];
  }

 private:
  static std::optional<Field> field_named(std::string_view name, std::string_view domain) {
    for (const KeySpec& spec : kKeys)
      if (spec.domain == domain && spec.name == name) return spec.field;
    return std::nullopt;
  }

  StringMap<std::array<std::optional<Field>, 2>> fields_;
};

using FieldValues = std::array<std::optional<std::string_view>, kKeys.size()>;

// The <data> children of one <node> or <edge>, by field. The reader's views
// last one event, so the text is copied, into strings reused from element
// to element.
class ElementData {
 public:
  // Reads up to the end tag of the element whose start tag was just read.
  void read(XmlPullReader& xml, Domain domain, const KeyTable& keys) {
    present_.fill(false);
    for (;;) {
      const Event event = xml.next();
      if (event == Event::EndElement || event == Event::EndOfDocument) return;
      if (event != Event::StartElement) continue;
      std::optional<Field> field;
      if (local_name(xml.name()) == "data")
        if (auto key = xml.attribute("key")) field = keys.field(*key, domain);
      if (!field) {
        skip_element(xml);
        continue;
      }
      const auto index = static_cast<std::size_t>(*field);
      read_text(xml, text_[index]);
      present_[index] = true;
    }
  }

  FieldValues values() const {
    FieldValues values;
    for (std::size_t i = 0; i < values.size(); ++i)
      if (present_[i]) values[i] = text_[i];
    return values;
  }

 private:
  // The element's own text; that of nested elements is left out.
  static void read_text(XmlPullReader& xml, std::string& text) {
    text.clear();
    for (std::size_t depth = 0;;) {
      const Event event = xml.next();
      if (event == Event::Text && depth == 0) {
        text += xml.text();
      } else if (event == Event::StartElement) {
        ++depth;
      } else if (event == Event::EndElement) {
        if (depth == 0) return;
        --depth;
      } else if (event == Event::EndOfDocument) {
        return;
      }
    }
  }

  std::array<std::string, kKeys.size()> text_;
  std::array<bool, kKeys.size()> present_{};
};

const std::optional<std::string_view>& value_of(const FieldValues& values, Field field) {
  return values[static_cast<std::size_t>(field)];
}

std::vector<SourcedValue> read_qualifier(const std::optional<std::string_view>& values,
                                         const std::optional<std::string_view>& sources, DocumentTable& documents) {
  std::vector<SourcedValue> out;
  if (sources) {
    for (SourcedItem& item : decode_sourced_list(*sources)) out.push_back({std::move(item.text), documents.add(item.doc)});
  } else if (values) {
    const DocumentIndex unknown = documents.add("");
    for (std::string& value : decode_value_list(*values)) out.push_back({std::move(value), unknown});
  }
  return out;
}

// `where()` names the edge in a message.
template <typename Where>
std::vector<SourcedSentence> read_evidence(const FieldValues& values, DocumentTable& documents, TextStore& texts,
                                           const Where& where) {
  std::vector<SourcedSentence> evidence;
  auto sentences = value_of(values, Field::EdgeEvidence);
  if (!sentences) return evidence;
  for (const SourcedItem& item : decode_sourced_list(*sentences))
    evidence.push_back({texts.add(item.text), documents.add(item.doc), 0, 0});

  auto spans_text = value_of(values, Field::EdgeEvidenceSpans);
  if (!spans_text) return evidence;  // a file from elsewhere: offsets unknown
  std::vector<std::string> spans = decode_value_list(*spans_text);
  if (spans.size() != evidence.size())
    fail(where() + " has " + std::to_string(evidence.size()) + " evidence sentences but " +
         std::to_string(spans.size()) + " evidence spans");
  for (std::size_t i = 0; i < spans.size(); ++i) {
    std::string_view span = spans[i];
    std::size_t dash = span.find('-');
    if (dash == std::string_view::npos) fail(where() + ": evidence span " + quoted(span) + " is not BEGIN-END");
    evidence[i].begin = parse_count(span.substr(0, dash), [&] { return where() + ": evidence span begin"; });
    evidence[i].end = parse_count(span.substr(dash + 1), [&] { return where() + ": evidence span end"; });
  }
  return evidence;
}

// (relation, from, to) with symmetric pairs in one order, and where the edge
// stands: the graph allows one edge per relation and pair. Checked once all
// edges are in, by sorting (a hash set costs a cache miss per edge).
struct EdgeIdentity {
  std::size_t first, second;
  Relation relation;
  std::size_t position;  // in the graph's edge order
  std::size_t number;    // 1-based place among the file's edges, for the message

  auto key() const { return std::tie(first, second, relation); }
};

// An <edge> as read, before its ends are looked up in the graph.
struct PendingEdge {
  RelationEdge edge;
  std::string id, source, target;
  std::size_t number = 0;  // 1-based position among the edges, for messages
};

std::string edge_name(std::string_view id, std::size_t number) {
  return id.empty() ? "edge number " + std::to_string(number) : "edge " + quoted(id);
}

std::string edge_name(const PendingEdge& pending) { return edge_name(pending.id, pending.number); }

// What the parsing thread hands to the building one, in file order.
using ParsedElement = std::variant<EntityNode, PendingEdge>;

// Walks the XML and turns each <node> and <edge> of the first <graph> into a
// ParsedElement, handed to emit(), which returns false to stop the walk;
// knows nothing of the graph being built. Throws GraphmlError.
class ElementParser {
 public:
  explicit ElementParser(GraphmlReadOptions options) : options_(options) {}

  // The ids behind the document indexes of the elements emitted so far.
  DocumentTable documents() && { return std::move(documents_); }
  // The text their evidence sentences point into.
  TextStore texts() && { return std::move(texts_); }

  template <typename Emit>
  void run(std::istream& in, Emit emit) {
    try {
      XmlPullReader xml(in);
      Event event = xml.next();
      while (event != Event::StartElement) event = xml.next();  // the reader fails if there is no element
      if (local_name(xml.name()) != "graphml")
        fail("the root element is <" + std::string(local_name(xml.name())) + ">, not <graphml>");
      bool graph_read = false;
      for (;;) {
        event = xml.next();
        if (event == Event::EndElement || event == Event::EndOfDocument) break;
        if (event != Event::StartElement) continue;
        const std::string_view name = local_name(xml.name());
        if (name == "key") {
          read_key(xml);
        } else if (name == "graph" && !graph_read) {
          if (!read_graph(xml, emit)) return;
          graph_read = true;
        } else {
          skip_element(xml);
        }
      }
      // What follows the root must be well-formed too (comments, white space).
      while (xml.next() != Event::EndOfDocument) {
      }
      if (!graph_read) fail("no <graph> element inside <graphml>");
    } catch (const GraphmlError&) {
      throw;
    } catch (const XmlSyntaxError& error) {
      fail("not well-formed XML (" + std::string(error.what()) + " at line " + std::to_string(error.line) + ")");
    } catch (const std::runtime_error& error) {
      fail(error.what());
    }
  }

 private:
  void read_key(XmlPullReader& xml) {
    auto id = xml.attribute("id");
    auto name = xml.attribute("attr.name");
    if (id && name) keys_.declare(*id, *name);
    skip_element(xml);
  }

  // The children of <graph>, up to its end tag; false if emit() said stop.
  template <typename Emit>
  bool read_graph(XmlPullReader& xml, Emit& emit) {
    for (;;) {
      const Event event = xml.next();
      if (event == Event::EndElement || event == Event::EndOfDocument) return true;
      if (event != Event::StartElement) continue;
      const std::string_view name = local_name(xml.name());
      bool go_on = true;
      if (name == "node")
        go_on = emit(read_node(xml));
      else if (name == "edge")
        go_on = emit(read_edge(xml));
      else
        skip_element(xml);
      if (!go_on) return false;
    }
  }

  EntityNode read_node(XmlPullReader& xml) {
    auto id = xml.attribute("id");
    if (!id) fail("a <node> has no id attribute");
    EntityNode node;
    node.id = *id;
    data_.read(xml, Domain::Node, keys_);
    const FieldValues values = data_.values();
    if (auto label = value_of(values, Field::NodeLabel)) node.label = *label;
    if (auto type = value_of(values, Field::NodeType)) {
      auto parsed = parse_entity_type(*type);
      if (!parsed) fail("node " + quoted(node.id) + " has unknown type " + quoted(*type));
      node.type = *parsed;
    }
    if (auto aliases = value_of(values, Field::NodeAliases)) node.aliases = decode_value_list(*aliases);
    if (auto mentions = value_of(values, Field::NodeMentions))
      node.mentions = parse_count(*mentions, [&] { return "node " + quoted(node.id) + ": mentions"; });
    if (auto documents = value_of(values, Field::NodeDocuments))
      for (const std::string& doc : decode_value_list(*documents)) node.documents.push_back(documents_.add(doc));
    return node;
  }

  PendingEdge read_edge(XmlPullReader& xml) {
    PendingEdge pending;
    pending.number = ++edge_count_;
    pending.id = xml.attribute("id").value_or("");
    auto source = xml.attribute("source");
    if (!source) fail(edge_name(pending) + " has no source");
    auto target = xml.attribute("target");
    if (!target) fail(edge_name(pending) + " has no target");
    pending.source = *source;
    pending.target = *target;
    std::optional<std::string> label_text;
    if (auto label = xml.attribute("label")) label_text = std::string(*label);

    data_.read(xml, Domain::Edge, keys_);
    const FieldValues values = data_.values();
    // The relation key first; Gephi-style files may carry it only as label.
    std::optional<std::string_view> relation_text = value_of(values, Field::EdgeRelation);
    if (!relation_text && label_text) relation_text = *label_text;
    if (!relation_text) relation_text = value_of(values, Field::EdgeLabel);
    if (!relation_text) fail(edge_name(pending) + " has no relation");
    auto relation = parse_relation(*relation_text);
    if (!relation) fail(edge_name(pending) + " has unknown relation " + quoted(*relation_text));

    RelationEdge& edge = pending.edge;
    edge.relation = *relation;
    auto where = [&] { return edge_name(pending); };
    if (options_.evidence) edge.evidence = read_evidence(values, documents_, texts_, where);
    if (auto weight = value_of(values, Field::EdgeWeight))
      edge.weight = parse_weight(*weight, [&] { return where() + ": weight"; });
    else if (options_.evidence)
      edge.weight = static_cast<std::uint32_t>(edge.evidence.size());
    else if (auto sentences = value_of(values, Field::EdgeEvidence))  // counted, not kept
      edge.weight = static_cast<std::uint32_t>(decode_sourced_list(*sentences).size());
    edge.set_qualifiers(
        read_qualifier(value_of(values, Field::EdgeDate), value_of(values, Field::EdgeDateSources), documents_),
        read_qualifier(value_of(values, Field::EdgePlace), value_of(values, Field::EdgePlaceSources), documents_));
    return pending;
  }

  GraphmlReadOptions options_;
  DocumentTable documents_;  // handed over with the last batch
  TextStore texts_;          // likewise
  KeyTable keys_;
  ElementData data_;
  std::size_t edge_count_ = 0;
};

// Adds parsed elements to the graph in file order: looks the ends of each
// edge up by node id and checks that ids and edges are not repeated.
class GraphAssembler {
 public:
  explicit GraphAssembler(KnowledgeGraph& graph) : graph_(graph) {}

  void add(ParsedElement&& element) {
    if (auto* node = std::get_if<EntityNode>(&element))
      add_node(std::move(*node));
    else
      add_edge(std::move(std::get<PendingEdge>(element)));
  }

  // GraphML allows an edge before the nodes it names: such edges, and every
  // edge after them (to keep the file's order), are added at the end.
  void finish() {
    for (PendingEdge& pending : deferred_) {
      pending.edge.from = endpoint(pending.source, "source", pending);
      pending.edge.to = endpoint(pending.target, "target", pending);
      insert(std::move(pending));
    }
    deferred_.clear();
    check_no_repeated_edge();
  }

 private:
  void add_node(EntityNode&& node) {
    if (graph_.find_by_id(node.id)) fail("two nodes have the id " + quoted(node.id));
    graph_.add_entity(std::move(node));
  }

  void add_edge(PendingEdge&& pending) {
    auto from = graph_.find_by_id(pending.source);
    auto to = graph_.find_by_id(pending.target);
    if (!deferred_.empty() || !from || !to) {
      deferred_.push_back(std::move(pending));
      return;
    }
    pending.edge.from = *from;
    pending.edge.to = *to;
    insert(std::move(pending));
  }

  std::size_t endpoint(const std::string& id, std::string_view role, const PendingEdge& pending) const {
    auto vertex = graph_.find_by_id(id);
    if (!vertex) fail(edge_name(pending) + " names unknown node " + quoted(id) + " as its " + std::string(role));
    return *vertex;
  }

  void insert(PendingEdge&& pending) {
    const RelationEdge& edge = pending.edge;
    EdgeIdentity identity{edge.from, edge.to, edge.relation, identities_.size(), pending.number};
    if (is_symmetric(edge.relation) && identity.first > identity.second) std::swap(identity.first, identity.second);
    identities_.push_back(identity);
    graph_.add_relation(std::move(pending.edge), pending.id);
  }

  void check_no_repeated_edge() {
    std::sort(identities_.begin(), identities_.end(), [](const EdgeIdentity& a, const EdgeIdentity& b) {
      return a.key() < b.key() || (a.key() == b.key() && a.position < b.position);
    });
    auto repeat = std::adjacent_find(identities_.begin(), identities_.end(),
                                     [](const EdgeIdentity& a, const EdgeIdentity& b) { return a.key() == b.key(); });
    if (repeat == identities_.end()) return;
    const EdgeIdentity& second = *std::next(repeat);
    const RelationEdge& edge = graph_.relation(graph_.edges_in_order()[second.position]);
    fail(edge_name(graph_.relation_id(edge), second.number) + " repeats the " +
         std::string(to_string(edge.relation)) + " relation between " + quoted(graph_.entity(edge.from).id) +
         " and " + quoted(graph_.entity(edge.to).id));
  }

  KnowledgeGraph& graph_;
  std::vector<PendingEdge> deferred_;
  std::vector<EdgeIdentity> identities_;
};

// Hands batches of parsed elements from the parsing thread to the building
// one. Bounded, so that a fast parser cannot fill memory; either side can
// stop the other (the builder on a bad element, the parser at the end or on
// an error, which travels in its last batch).
class BatchQueue {
 public:
  struct Batch {
    std::vector<ParsedElement> elements;
    std::exception_ptr error;
    bool last = false;
    DocumentTable documents;  // in the last batch: what the elements' document indexes mean
    TextStore texts;          // in the last batch: where the elements' sentences are
  };

  // False if the consumer has stopped.
  bool push(Batch&& batch) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return stopped_ || batches_.size() < kCapacity; });
    if (stopped_) return false;
    batches_.push_back(std::move(batch));
    changed_.notify_all();
    return true;
  }

  Batch pop() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !batches_.empty(); });
    Batch batch = std::move(batches_.front());
    batches_.pop_front();
    changed_.notify_all();
    return batch;
  }

  void stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    changed_.notify_all();
  }

 private:
  static constexpr std::size_t kCapacity = 16;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Batch> batches_;
  bool stopped_ = false;
};

constexpr std::size_t kBatchSize = 256;

}  // namespace

KnowledgeGraph read_graphml(std::istream& in, GraphmlReadOptions options) {
  // Parsing (XML, lists, evidence) and building (id lookups, adjacency) take
  // about the same time on large graphs: one thread each.
  BatchQueue queue;
  std::thread parser([&] {
    BatchQueue::Batch batch;
    batch.elements.reserve(kBatchSize);
    bool builder_stopped = false;
    ElementParser element_parser(options);
    try {
      element_parser.run(in, [&](ParsedElement&& element) {
        batch.elements.push_back(std::move(element));
        if (batch.elements.size() < kBatchSize) return true;
        builder_stopped = !queue.push(std::move(batch));
        batch = {};
        batch.elements.reserve(kBatchSize);
        return !builder_stopped;
      });
      if (builder_stopped) return;
      batch.documents = std::move(element_parser).documents();
    } catch (...) {
      batch.error = std::current_exception();
    }
    // Even after an error: the elements already handed over point into it.
    batch.texts = std::move(element_parser).texts();
    batch.last = true;
    queue.push(std::move(batch));
  });
  struct JoinGuard {
    BatchQueue& queue;
    std::thread& thread;
    ~JoinGuard() {
      queue.stop();
      thread.join();
    }
  } join_guard{queue, parser};

  // Built in the returned object itself: moving a KnowledgeGraph copies the
  // Boost graph (adjacency_list has no move constructor), so it is never moved.
  KnowledgeGraph result;
  GraphAssembler assembler(result);
  for (;;) {
    BatchQueue::Batch batch = queue.pop();
    for (ParsedElement& element : batch.elements) assembler.add(std::move(element));
    if (batch.error) std::rethrow_exception(batch.error);
    if (batch.last) {
      result.set_documents(std::move(batch.documents));
      result.adopt_texts(std::move(batch.texts));
      break;
    }
  }
  assembler.finish();
  return result;
}

}  // namespace kgx
