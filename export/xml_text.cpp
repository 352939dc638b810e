#include "export/xml_text.h"

#include <array>
#include <cstddef>

namespace kgx {
namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

// The ASCII bytes each mode copies unchanged: the fast path appends runs of
// them at once, which is what keeps long plain-English sentences cheap.
constexpr std::array<bool, 256> make_plain_table(bool escaping) {
  std::array<bool, 256> plain{};
  for (int c = 0; c < 0x80; ++c) plain[c] = sanitizing_keeps_ascii(static_cast<unsigned char>(c));
  if (escaping)
    for (int c = 0; c < 0x80; ++c)
      if (!xml_entity(static_cast<char>(c)).empty()) plain[c] = false;
  return plain;
}
constexpr std::array<bool, 256> kPlainWhenSanitizing = make_plain_table(false);
constexpr std::array<bool, 256> kPlainWhenEscaping = make_plain_table(true);

// One step of a strict UTF-8 decoder (Unicode Table 3-7). `length` is the
// size of the well-formed sequence, or of the maximal ill-formed subpart that
// one U+FFFD replaces when `valid` is false.
struct Utf8Step {
  std::size_t length = 1;
  char32_t code = 0;
  bool valid = false;
};

Utf8Step decode_non_ascii(std::string_view text, std::size_t at) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(at);
  std::size_t needed;
  unsigned char second_low = 0x80, second_high = 0xBF;
  char32_t code;
  if (lead >= 0xC2 && lead <= 0xDF) {
    needed = 1, code = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    needed = 2, code = lead & 0x0F;
    if (lead == 0xE0) second_low = 0xA0;   // overlong
    if (lead == 0xED) second_high = 0x9F;  // UTF-16 surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    needed = 3, code = lead & 0x07;
    if (lead == 0xF0) second_low = 0x90;   // overlong
    if (lead == 0xF4) second_high = 0x8F;  // past U+10FFFF
  } else {
    return {};  // continuation byte without a lead, C0/C1 overlong lead, F5..FF
  }
  for (std::size_t k = 1; k <= needed; ++k) {
    std::size_t i = at + k;
    unsigned char low = k == 1 ? second_low : 0x80, high = k == 1 ? second_high : 0xBF;
    if (i >= text.size() || byte(i) < low || byte(i) > high) return {k, 0, false};
    code = (code << 6) | (byte(i) & 0x3F);
  }
  return {needed + 1, code, true};
}

template <bool kEscape>
void append_xml(std::string& out, std::string_view text) {
  const auto& plain = kEscape ? kPlainWhenEscaping : kPlainWhenSanitizing;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    std::size_t run_end = i;
    while (run_end < n && plain[static_cast<unsigned char>(text[run_end])]) ++run_end;
    out.append(text, i, run_end - i);
    i = run_end;
    if (i == n) break;

    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      if constexpr (kEscape) {
        if (const std::string_view entity = xml_entity(static_cast<char>(c)); !entity.empty()) {
          out += entity;
          continue;
        }
      }
      continue;  // a C0 control XML forbids: dropped
    }
    Utf8Step step = decode_non_ascii(text, i);
    if (!step.valid) {
      out += kReplacementCharacter;
    } else if (step.code != 0xFFFE && step.code != 0xFFFF) {
      out.append(text, i, step.length);
    }
    i += step.length;
  }
}

}  // namespace

void append_xml_sanitized(std::string& out, std::string_view text) {
  append_xml<false>(out, text);
}

void append_xml_escaped(std::string& out, std::string_view text) {
  append_xml<true>(out, text);
}

std::string xml_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_xml_escaped(out, text);
  return out;
}

}  // namespace kgx
