#include "test_support.h"

#include "extract/slot_captures.h"

using namespace kgx;

TEST_CASE("captures that are single slots in a fixed order are recognised") {
  CHECK(captures_are_ordered_slots("([PG]\\d+) (?:[a-z][a-z'-]* ){0,2}(?:married|wed)(?: to)? (P\\d+)\\b", 2));
  CHECK(captures_are_ordered_slots("([PG]\\d+) 's (?:husband|wife)(?: ,)? (P\\d+)\\b", 2));
  CHECK(captures_are_ordered_slots("(G\\d+) (?:got |were )*(?:married|wed)\\b", 1));
  // Other entities' slots (L, O, W, E) and \d may sit outside the groups.
  CHECK(captures_are_ordered_slots("with (P\\d+) (?:(?:on|for) [OW]\\d+ )?, (P\\d+)\\b", 2));
  CHECK(captures_are_ordered_slots("(P\\d+) met (P\\d+)", 2));
}

TEST_CASE("anything that could misplace a group keeps RE2's captures") {
  // A group that may not take part: optional, repeated, or one branch of several.
  CHECK_FALSE(captures_are_ordered_slots("(P\\d+) married(?: (P\\d+))?", 2));
  CHECK_FALSE(captures_are_ordered_slots("(?:(P\\d+) ,)* and", 1));
  CHECK_FALSE(captures_are_ordered_slots("(?:(P\\d+) wed|married (P\\d+))", 2));
  // A slot outside the groups, or something that can match one.
  CHECK_FALSE(captures_are_ordered_slots("(P\\d+) invited (?:[PG]\\d+ 's )?(P\\d+)", 2));
  CHECK_FALSE(captures_are_ordered_slots("(P\\d+) (?:[^ ;.]+ )*?, (P\\d+)", 2));
  CHECK_FALSE(captures_are_ordered_slots("(P\\d+) .* (P\\d+)", 2));
  CHECK_FALSE(captures_are_ordered_slots("(P\\d+) \\w+ (P\\d+)", 2));
  CHECK_FALSE(captures_are_ordered_slots("(P\\d+) and P\\d+ met", 1));
  // A group holding more than one slot (a list of children).
  CHECK_FALSE(captures_are_ordered_slots("(P\\d+(?: , P\\d+)*) met", 1));
  // A digit straight after a group could take a slot's last digit.
  CHECK_FALSE(captures_are_ordered_slots("(P\\d+)\\d met", 1));
  // The count must agree with RE2's, and unknown syntax is not guessed at.
  CHECK_FALSE(captures_are_ordered_slots("(P\\d+) met (P\\d+)", 3));
  CHECK_FALSE(captures_are_ordered_slots("(?<name>P\\d+) met", 1));
  CHECK_FALSE(captures_are_ordered_slots("(P\\d+ met", 1));
}
