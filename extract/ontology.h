// The fixed vocabulary of ../shared/ONTOLOGY.md: entity types and relations,
// with the exact strings that appear in the output.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace kgx {

enum class EntityType : unsigned char { Person, Org, Location, Work, Event };

inline constexpr std::size_t kEntityTypeCount = 5;
static_assert(static_cast<std::size_t>(EntityType::Event) + 1 == kEntityTypeCount, "kEntityTypeCount follows EntityType");

enum class Relation : unsigned char {
  Married,
  Divorced,
  Engaged,
  Dated,
  MetAt,
  FriendOf,
  SiblingOf,
  WorkedWith,
  ParentOf,       // parent -> child
  Invited,        // host -> guest
  InterviewedBy,  // subject -> interviewer
};

inline constexpr int kRelationCount = 11;

std::string_view to_string(EntityType type);
std::string_view to_string(Relation relation);
std::optional<EntityType> parse_entity_type(std::string_view text);
std::optional<Relation> parse_relation(std::string_view text);

// Symmetric relations have no direction (married, dated, ...).
bool is_symmetric(Relation relation);

}  // namespace kgx
