#include "extract/name_variants.h"

#include <algorithm>
#include <array>
#include <span>
#include <vector>

#include "extract/lexicon.h"

namespace kgx {

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    std::size_t row_min = cur[0];
    for (std::size_t j = 1; j <= m; ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return std::min(prev[m], limit + 1);
}

namespace {

std::size_t common_prefix(std::string_view a, std::string_view b) {
  std::size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  return i;
}

// Endings English nicknames add to a clipped name: Tom -> Tommy, Dan(iel) -> Dani.
constexpr std::array<std::string_view, 11> kDiminutiveEndings = {"",   "y",  "ie", "i",  "ey", "my",
                                                                 "ny", "sy", "mie", "o", "ee"};

// "tommy" of "tom", "dani" of "daniel": a clipping with a diminutive ending.
// The clipping may end inside the common prefix ("ferd|ie" of "ferdi|nand")
// and the ending may double the clipping's last consonant ("fred|die" of
// "frederick", "rob|bie" of "robert").
bool is_clipping_of(std::string_view variant, std::string_view name) {
  if (variant == name || variant.size() < 3 || name.size() < 3) return false;
  static constexpr std::string_view kAfterDoubled[] = {"y", "ie", "ey", "i"};
  const std::size_t shared = common_prefix(variant, name);
  // The split points past the first (a clipping inside the shared letters,
  // a doubled consonant) join names that differ more: "Patty" is no
  // "Patrick", "Nellie" no "Nelson". There the name lists' genders must
  // not disagree.
  auto same_gender = [&] {
    const Gender a = Lexicon::get().word(variant).first_name_gender, b = Lexicon::get().word(name).first_name_gender;
    return a == Gender::Unknown || b == Gender::Unknown || a == b;
  };
  for (std::size_t prefix = shared; prefix >= 3; --prefix) {
    std::string_view ending = variant.substr(prefix);
    bool clipped = prefix == name.size() || prefix + 1 < name.size() || ending.empty();
    if (!clipped) continue;
    if (std::find(kDiminutiveEndings.begin(), kDiminutiveEndings.end(), ending) != kDiminutiveEndings.end())
      return prefix == shared || same_gender();
    if (ending.size() >= 2 && ending[0] == variant[prefix - 1] &&
        std::find(std::begin(kAfterDoubled), std::end(kAfterDoubled), ending.substr(1)) != std::end(kAfterDoubled))
      return same_gender();
  }
  return false;
}

// One spelling for the romanisations English text gives one Slavic name:
// "ks" or "x" (Aleksei, Alexei), an opening "ye" or "e" (Yekaterina,
// Ekaterina), a closing "y", "iy" or "i" (Dmitry, Dmitriy, Dmitri).
std::string romanisation_key(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  for (std::size_t i = name.starts_with("ye") ? 1 : 0; i < name.size(); ++i) {
    if (name[i] == 'k' && i + 1 < name.size() && name[i + 1] == 's') {
      key += 'x';
      ++i;
    } else {
      key += name[i];
    }
  }
  if (key.ends_with("iy")) key.pop_back();
  else if (key.ends_with('y')) key.back() = 'i';
  return key;
}

bool is_near_miss(std::string_view variant, std::string_view name) {
  if (variant == name || variant.size() < 4 || name.size() < 3) return false;
  // Long enough to be one name ("Yetta" is no "Etta").
  if (std::min(variant.size(), name.size()) >= 6 && romanisation_key(variant) == romanisation_key(name)) return true;
  if (variant[0] != name[0]) return false;
  // A short name misspelt has its letters swapped ("Jonh"), not one changed
  // for another: "Jorn" and "Joan" are two names.
  if (variant.size() == name.size() && name.size() < 5) {
    std::string a(variant), b(name);
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    if (a != b) return false;
  }
  std::size_t allowed = std::min(variant.size(), name.size()) >= 8 ? 2 : 1;
  return edit_distance(variant, name, allowed) <= allowed;
}

}  // namespace

bool is_nickname_of(std::string_view variant, std::string_view name) {
  if (variant == name || variant.size() < 3 || name.size() < 3) return false;
  if (is_clipping_of(variant, name)) return true;
  if (!Lexicon::get().is_listed_nickname(variant, name)) return false;
  // A pet form listed for a name of the other sex is someone else's: "Gigi"
  // (a woman's name here) for "Luigi".
  const Gender a = Lexicon::get().word(variant).first_name_gender, b = Lexicon::get().word(name).first_name_gender;
  return a == Gender::Unknown || b == Gender::Unknown || a == b;
}

bool names_parent_by_child(std::string_view word) {
  // Arabic "Abu", "Umm"; Yoruba "Iya" ("Iya Tunde", Tunde's mother).
  static constexpr std::string_view kParentOf[] = {"abu", "abou", "umm", "um", "oum", "ummu", "iya"};
  return std::find(std::begin(kParentOf), std::end(kParentOf), word) != std::end(kParentOf);
}

bool is_name_variant(std::string_view variant, std::string_view name) {
  return is_nickname_of(variant, name) || is_near_miss(variant, name);
}

bool is_short_and_full_form(std::string_view a, std::string_view b) {
  const std::string_view short_form = a.size() <= b.size() ? a : b, full = a.size() <= b.size() ? b : a;
  if (short_form.size() < 2 || short_form.size() == full.size()) return false;
  const Gender short_gender = Lexicon::get().word(short_form).first_name_gender,
               full_gender = Lexicon::get().word(full).first_name_gender;
  if (short_gender == Gender::Unknown || short_gender != full_gender) return false;
  if (short_form.size() == 2) return full.size() >= 4 && full.substr(0, 2) == short_form;
  return is_nickname_of(short_form, full);
}

bool is_surname_misspelling(std::string_view variant, std::string_view name) {
  if (variant == name || variant.size() < 4 || name.size() < 4) return false;
  // Given names' pet forms say nothing of surnames ("Frank" is no "Francis" here).
  if (is_clipping_of(variant, name) || is_near_miss(variant, name)) return true;
  return common_prefix(variant, name) >= 4 && std::min(variant.size(), name.size()) >= 6 &&
         edit_distance(variant, name, 3) <= 3;
}

std::string mac_prefix_respelt(std::string_view surname) {
  // (Past the prefix, a surname of three letters or more: "mack", "macy" have none.)
  if (surname.starts_with("mac") && surname.size() >= 6) return "mc" + std::string(surname.substr(3));
  if (surname.starts_with("mc") && surname.size() >= 5) return "mac" + std::string(surname.substr(2));
  return {};
}

std::vector<std::string> names_around_quoted_nickname(std::string_view form) {
  // Most names hold no quotation mark at all: one scan says so.
  if (std::none_of(form.begin(), form.end(), [](char c) { return c == '"' || c == '\'' || c == '\xe2' || c == '('; }))
    return {};
  static constexpr std::string_view kOpening[] = {"\"", "\u201c", "\u2018", "'", "("};
  static constexpr std::string_view kClosing[] = {"\"", "\u201d", "\u2019", "'"};
  static constexpr std::string_view kBracketClosing[] = {")"};
  for (std::string_view opening : kOpening) {
    const std::size_t open = form.find(opening);
    if (open == std::string_view::npos || open < 2 || form[open - 1] != ' ') continue;
    const std::size_t nickname = open + opening.size();
    for (std::string_view closing : opening == std::string_view("(") ? std::span<const std::string_view>(kBracketClosing)
                                                     : std::span<const std::string_view>(kClosing)) {
      const std::size_t close = form.find(closing, nickname);
      if (close == std::string_view::npos || close == nickname) continue;
      const std::size_t rest = close + closing.size();
      if (rest + 1 >= form.size() || form[rest] != ' ') continue;
      const std::string_view given = form.substr(0, open - 1), pet = form.substr(nickname, close - nickname),
                             surname = form.substr(rest + 1);
      return {std::string(given) + ' ' + std::string(surname), std::string(pet) + ' ' + std::string(surname)};
    }
  }
  return {};
}

bool is_peer_style(std::string_view folded) {
  const std::size_t space = folded.find(' ');
  if (space == std::string_view::npos || folded.find(" of ") == std::string_view::npos) return false;
  const std::string_view first = folded.substr(0, space);
  return first == "dowager" || Lexicon::get().word(first).has(kPeerStyle);
}

}  // namespace kgx
