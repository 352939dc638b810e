#include "extract/pipeline.h"

#include <algorithm>
#include <chrono>
#include <set>
#include <tuple>

#include "extract/coreference.h"
#include "extract/document.h"
#include "extract/entities.h"
#include "extract/layout.h"
#include "extract/name_variants.h"
#include "extract/relations.h"
#include "extract/segment.h"
#include "extract/text.h"

namespace kgx {
namespace {

std::size_t word_count(std::string_view folded) {
  return folded.empty() ? 0 : 1 + static_cast<std::size_t>(std::count(folded.begin(), folded.end(), ' '));
}

// "ANA RUIZ": a name written in capitals, a poor label when another form exists.
bool shouted(std::string_view form) {
  int upper = 0, lower = 0;
  for (char c : form) {
    upper += c >= 'A' && c <= 'Z';
    lower += c >= 'a' && c <= 'z';
  }
  return upper >= 2 && lower == 0;
}

// Whether a form is the title alone of a style its folded name spells out:
// "Earl" folded "earl of ormsby" (the first of "the Earl and Countess of
// Ormsby"). Folding keeps a name's length near its own, so a folded name
// much longer than its text is asked about first.
bool title_of_style(std::string_view text, std::string_view folded) {
  return folded.size() > text.size() + 3 && word_count(folded) > word_count(text) && is_peer_style(folded);
}

// "earl of ormsby" -> "Earl of Ormsby".
std::string written_style(std::string_view folded) {
  std::string out(folded);
  for (std::size_t i = 0; i < out.size(); ++i)
    if ((i == 0 || out[i - 1] == ' ') && out.compare(i, 3, "of ") != 0 && out[i] >= 'a' && out[i] <= 'z') out[i] = static_cast<char>(out[i] - 'a' + 'A');
  return out;
}

// The entity's most complete proper name: for people the multi-word form the
// document uses most (then the longer), a style only if there is no name;
// otherwise the most frequent form.
std::size_t label_index(const Document& doc, const DocEntity& e) {
  std::size_t best = 0;
  auto rank = [&](std::size_t i) {
    const std::string_view form = doc.form_text(e.forms[i]);
    const std::string_view folded = doc.form_folded(e.forms[i]);
    const bool person = e.type == EntityType::Person;
    return std::make_tuple(!person || !is_peer_style(folded), !person || word_count(folded) >= 2, !shouted(form),
                           e.forms[i].count, form.size());
  };
  if (e.forms.size() < 2) return best;
  auto best_rank = rank(best);
  for (std::size_t i = 1; i < e.forms.size(); ++i)
    if (auto r = rank(i); r > best_rank) best = i, best_rank = r;
  return best;
}

// "Mr and Mrs Klein ... Mr Klein": two people the document names by the
// same word are told apart by their titles, which become their labels (the
// merge keys records by label, and would make them one).
void name_namesakes_by_title(std::vector<ExtractedEntity>& entities) {
  if (std::none_of(entities.begin(), entities.end(), [](const ExtractedEntity& x) { return !x.titled_label.empty(); }))
    return;
  // The people sorted by folded label, so that namesakes sit together (no
  // comparison of every pair: a long list of titled names stays n log n).
  std::vector<std::size_t> people;
  for (std::size_t i = 0; i < entities.size(); ++i)
    if (entities[i].type == EntityType::Person) people.push_back(i);
  std::sort(people.begin(), people.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(entities[a].folded_label, a) < std::tie(entities[b].folded_label, b);
  });
  std::vector<std::size_t> renamed;
  for (std::size_t first = 0, end = 0; first < people.size(); first = end) {
    const std::string& folded = entities[people[first]].folded_label;
    end = first + 1;
    while (end < people.size() && entities[people[end]].folded_label == folded) ++end;
    // Namesakes whose titles differ: each titled one takes its title.
    bool titles_differ = false;
    for (std::size_t k = first + 1; k < end; ++k)
      titles_differ |= entities[people[k]].titled_label != entities[people[first]].titled_label;
    if (!titles_differ) continue;
    for (std::size_t k = first; k < end; ++k)
      if (!entities[people[k]].titled_label.empty()) renamed.push_back(people[k]);
  }
  for (std::size_t i : renamed) {
    ExtractedEntity& x = entities[i];
    x.aliases.insert(x.aliases.begin(), std::move(x.label));
    x.label = x.titled_label;  // titled_label stays: the label is a title and a surname
    x.folded_label = fold_name(x.label);
  }
}

// "Ruth and Malcolm Pryce", "Dennis and Maureen Ashcroft (née Tilley)": a
// given name alone before "and" and a full name shares its surname (any
// name after "parents" or a children's plural: follows_family_plural). Per
// entity, the surname from its first such mention (empty for none).
std::vector<std::string_view> shared_surnames(const Document& doc) {
  std::vector<std::string_view> surname(doc.entities.size());
  // Past a pet form in brackets at token t ("Robert (Bert) and"), else t.
  auto past_pet_form = [&](std::uint32_t t) {
    return t + 2 < doc.tokens.size() && doc.tokens[t].lower == "(" && doc.tokens[t + 2].lower == ")" ? t + 3 : t;
  };
  for (std::size_t i = 0; i + 1 < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    if (m.pronoun || m.entity < 0 || m.type != EntityType::Person || m.end_token != m.first_token + 1) continue;
    const std::uint32_t and_at = past_pet_form(m.end_token);
    if (and_at + 1 >= doc.tokens.size() || doc.tokens[and_at].lower != "and") continue;
    const bool family_pair = follows_family_plural(doc, m.first_token);
    if (!doc.tokens[m.first_token].is(kFirstNameWord) && !family_pair) continue;
    std::size_t j = i + 1;
    while (j < doc.mentions.size() && doc.mentions[j].first_token < and_at) ++j;
    if (j == doc.mentions.size()) continue;
    const Mention& next = doc.mentions[j];
    if (next.pronoun || next.type != EntityType::Person || next.first_token != and_at + 1 ||
        next.end_token != past_pet_form(next.first_token + 1) + 1 || next.entity == m.entity ||
        !(doc.tokens[next.first_token].is(kFirstNameWord) || family_pair) || !doc.tokens[next.end_token - 1].has(kCapitalized))
      continue;
    std::string_view& shared = surname[static_cast<std::size_t>(m.entity)];
    if (shared.empty()) shared = doc.token_text(doc.tokens[next.end_token - 1]);
  }
  return surname;
}

std::string_view first_word(std::string_view folded) { return folded.substr(0, folded.find(' ')); }
std::string_view last_word(std::string_view folded) { return folded.substr(folded.rfind(' ') + 1); }

// "Ron Tully married Maureen Pike ... Maureen Tully said": a spouse's given
// name with the other spouse's surname is the spouse's married name. Per
// entity, the entity it is the married name of (itself for most). Not for
// someone the document relates to either spouse otherwise (a daughter
// named after her mother). `labels`: each entity's label form (label_index).
std::vector<int> married_name_owners(const Document& doc, const std::vector<FoundRelation>& relations,
                                     const std::vector<std::size_t>& labels) {
  std::vector<int> owner(doc.entities.size());
  for (std::size_t e = 0; e < owner.size(); ++e) owner[e] = static_cast<int>(e);
  auto label = [&](int e) {
    return doc.form_folded(doc.entities[static_cast<std::size_t>(e)].forms[labels[static_cast<std::size_t>(e)]]);
  };
  auto person = [&](int e) {
    if (e < 0) return false;
    const DocEntity& x = doc.entities[static_cast<std::size_t>(e)];
    return x.type == EntityType::Person && !x.forms.empty();
  };
  // The names a spouse would have taken: (married name, spouse, other spouse).
  std::vector<std::tuple<std::string, int, int>> wanted;
  for (const FoundRelation& r : relations) {
    if (r.relation != Relation::Married || r.source == r.target || !person(r.source) || !person(r.target)) continue;
    if (word_count(label(r.source)) < 2 || word_count(label(r.target)) < 2) continue;
    for (auto [spouse, other] : {std::pair{r.source, r.target}, std::pair{r.target, r.source}}) {
      const std::string_view surname = last_word(label(other));
      if (surname == last_word(label(spouse))) continue;
      std::string name(first_word(label(spouse)));
      (name += ' ') += surname;
      wanted.emplace_back(std::move(name), spouse, other);
    }
  }
  if (wanted.empty()) return owner;
  std::sort(wanted.begin(), wanted.end());
  auto otherwise_related = [&](int z, int a, int b) {
    return std::any_of(relations.begin(), relations.end(), [&](const FoundRelation& r) {
      const bool pair = (r.source == z && (r.target == a || r.target == b)) || (r.target == z && (r.source == a || r.source == b));
      return pair && r.relation != Relation::Married && r.relation != Relation::Engaged && r.relation != Relation::Dated &&
             r.relation != Relation::Divorced;
    });
  };
  // One look-up per person: the married names asked for are few.
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    const int z = static_cast<int>(e);
    if (!person(z)) continue;
    const std::string_view name = label(z);
    auto it = std::lower_bound(wanted.begin(), wanted.end(), name,
                               [](const auto& w, std::string_view n) { return std::string_view(std::get<0>(w)) < n; });
    if (it == wanted.end() || std::get<0>(*it) != name) continue;
    const auto& [married_name, spouse, other] = *it;
    if (z == spouse || z == other || otherwise_related(z, spouse, other)) continue;
    // "Ann Lee married Bo Kim; Ann Kim married Bo Lee": no name joins a
    // person it is the owner of.
    int root = spouse;
    while (owner[static_cast<std::size_t>(root)] != root) root = owner[static_cast<std::size_t>(root)];
    if (root != z) owner[e] = root;
  }
  for (int& o : owner)
    while (owner[static_cast<std::size_t>(o)] != o) o = owner[static_cast<std::size_t>(o)];
  return owner;
}

// The document's entities and its relations between people, each relation
// once per sentence, with the sentence as evidence.
Extraction assemble_extraction(Document& doc, const std::vector<FoundRelation>& relations) {
  Extraction out;
  out.doc_id = doc.id;
  out.warnings = std::move(doc.warnings);
  std::vector<int> output_index(doc.entities.size(), -1);
  // The title before each person's first titled mention ("Queen" of "Queen
  // Ingrid"), for the people the document names by one word only.
  std::vector<const Token*> title_of(doc.entities.size(), nullptr);
  for (const Mention& m : doc.mentions) {
    if (m.pronoun || m.entity < 0 || m.type != EntityType::Person || title_of[static_cast<std::size_t>(m.entity)]) continue;
    title_of[static_cast<std::size_t>(m.entity)] = honorific_before(doc, m);
  }
  const std::vector<std::string_view> surname = shared_surnames(doc);
  std::vector<std::size_t> labels(doc.entities.size(), 0);
  for (std::size_t e = 0; e < doc.entities.size(); ++e)
    if (!doc.entities[e].forms.empty()) labels[e] = label_index(doc, doc.entities[e]);
  const std::vector<int> owner = married_name_owners(doc, relations, labels);
  out.entities.reserve(doc.entities.size());
  out.relations.reserve(relations.size());
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    const DocEntity& entity = doc.entities[e];
    if (entity.forms.empty() || owner[e] != static_cast<int>(e)) continue;
    ExtractedEntity x;
    const std::size_t label = labels[e];
    x.label = doc.form_text(entity.forms[label]);
    x.folded_label = doc.form_folded(entity.forms[label]);
    // "Earl" of "the Earl and Countess of Ormsby", the only form: the style written out.
    if (title_of_style(x.label, x.folded_label)) x.label = written_style(x.folded_label);
    x.type = entity.type;
    x.gender = entity.gender;
    x.mentions = entity.mentions;
    x.aliases.reserve(entity.forms.size() - 1);
    // Not "Earl" of "the Earl and Countess of Caverlow", a style's title alone.
    for (std::size_t i = 0; i < entity.forms.size(); ++i)
      if (i != label && !title_of_style(doc.form_text(entity.forms[i]), doc.form_folded(entity.forms[i])))
        x.aliases.emplace_back(doc.form_text(entity.forms[i]));
    if (x.type == EntityType::Person && x.label.find(' ') == std::string::npos && !surname[e].empty()) {
      x.aliases.insert(x.aliases.begin(), x.label);
      (x.label += ' ') += surname[e];
      x.folded_label = fold_name(x.label);
    } else if (x.type == EntityType::Person && word_count(x.folded_label) == 1 && title_of[e]) {
      ((x.titled_label = doc.token_text(*title_of[e])) += ' ') += x.label;
    }
    // `Katherine "Kate" Moreno` is also "Katherine Moreno" and "Kate Moreno",
    // the names other documents use for her.
    if (x.type == EntityType::Person)
      for (std::size_t i = 0; i < entity.forms.size(); ++i)
        for (std::string& name : names_around_quoted_nickname(doc.form_text(entity.forms[i])))
          if (name != x.label && std::find(x.aliases.begin(), x.aliases.end(), name) == x.aliases.end())
            x.aliases.push_back(std::move(name));
    output_index[e] = static_cast<int>(out.entities.size());
    out.entities.push_back(std::move(x));
  }
  // A married name joins its owner: its forms are the owner's aliases.
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    if (owner[e] == static_cast<int>(e) || doc.entities[e].forms.empty()) continue;
    const int into = output_index[static_cast<std::size_t>(owner[e])];
    output_index[e] = into;
    if (into < 0) continue;
    ExtractedEntity& x = out.entities[static_cast<std::size_t>(into)];
    x.mentions += doc.entities[e].mentions;
    for (const EntityForm& f : doc.entities[e].forms)
      if (std::string name(doc.form_text(f)); name != x.label && std::find(x.aliases.begin(), x.aliases.end(), name) == x.aliases.end())
        x.aliases.push_back(std::move(name));
  }
  name_namesakes_by_title(out.entities);
  std::set<std::tuple<Relation, int, int, std::uint32_t>> seen;
  for (const FoundRelation& r : relations) {
    int source = output_index[static_cast<std::size_t>(r.source)];
    int target = output_index[static_cast<std::size_t>(r.target)];
    if (source < 0 || target < 0 || source == target) continue;
    if (out.entities[static_cast<std::size_t>(source)].type != EntityType::Person ||
        out.entities[static_cast<std::size_t>(target)].type != EntityType::Person)
      continue;
    int a = source, b = target;
    if (is_symmetric(r.relation) && b < a) std::swap(a, b);
    if (!seen.emplace(r.relation, a, b, r.sentence).second) continue;
    const Sentence& s = doc.sentences[r.sentence];
    ExtractedRelation x;
    x.relation = r.relation;
    x.source = static_cast<std::uint32_t>(source);
    x.target = static_cast<std::uint32_t>(target);
    x.date = r.date;
    x.place = r.place;
    x.evidence.begin = s.begin;
    x.evidence.end = s.end;
    x.evidence.sentence = std::string(doc.span_text(s.begin, s.end));
    out.relations.push_back(std::move(x));
  }
  return out;
}

}  // namespace

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

StageTimes& StageTimes::operator+=(const StageTimes& other) {
  segment += other.segment;
  layout += other.layout;
  entities += other.entities;
  coreference += other.coreference;
  relations += other.relations;
  return *this;
}

Extraction extract_document(std::string doc_id, std::string text) {
  std::vector<SourceDocument> one;
  one.push_back({std::move(doc_id), std::move(text)});
  StageTimes ignored;
  ExtractOutcome outcome = std::move(extract_documents(std::move(one), ignored).front());
  if (outcome.failure) std::rethrow_exception(outcome.failure);
  return std::move(*outcome.extraction);
}

std::vector<ExtractOutcome> extract_documents(std::vector<SourceDocument> sources, StageTimes& times) {
  std::vector<Document> docs(sources.size());
  std::vector<ExtractOutcome> outcomes(sources.size());
  // One stage over every document still in the batch: a document the stage
  // throws on leaves the batch with its exception.
  auto run_stage = [&](double& seconds, auto&& stage) {
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < docs.size(); ++i) {
      if (outcomes[i].failure) continue;
      try {
        stage(i);
      } catch (...) {
        outcomes[i].failure = std::current_exception();
        docs[i] = Document();
      }
    }
    seconds += seconds_since(start);
  };
  double layout_seconds = 0;
  run_stage(times.segment, [&](std::size_t i) {
    Document& doc = docs[i];
    doc.id = std::move(sources[i].id);
    doc.text = std::move(sources[i].text);
    Utf8Repair repair = repair_utf8(doc.text);
    if (repair.replaced)
      doc.warnings.push_back("invalid UTF-8 replaced (" + std::to_string(repair.replaced) + " sequences, first at byte " +
                             std::to_string(repair.first_bad_offset) + ")");
    segment(doc);
    // Layout reads the tokens segmentation has just written, while they are
    // in the cache (run as a stage of its own, after the whole batch, it
    // waited on memory at most lines' first token), and its automaton is
    // small enough not to push the lexicon out.
    struct LayoutClock {  // counts the layout's time as layout's, even when it throws
      double& seconds;
      std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
      ~LayoutClock() { seconds += seconds_since(start); }
    } layout_clock{layout_seconds};
    mark_layout(doc);
  });
  times.segment -= layout_seconds;
  times.layout += layout_seconds;
  run_stage(times.entities, [&](std::size_t i) { find_named_mentions(docs[i]); });
  run_stage(times.coreference, [&](std::size_t i) { resolve_coreference(docs[i]); });
  run_stage(times.relations, [&](std::size_t i) {
    outcomes[i].extraction = assemble_extraction(docs[i], find_relations(docs[i]));
    docs[i] = Document();  // done with: a batch holds one document's annotations at a time from here
  });
  return outcomes;
}

}  // namespace kgx
