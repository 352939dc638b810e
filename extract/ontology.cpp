#include "extract/ontology.h"

#include <array>

namespace kgx {
namespace {

constexpr std::array<std::string_view, 5> kEntityNames = {"PERSON", "ORG", "LOCATION", "WORK",
                                                          "EVENT"};
constexpr std::array<std::string_view, kRelationCount> kRelationNames = {
    "married",   "divorced",   "engaged",     "dated",     "met_at",        "friend_of",
    "sibling_of", "worked_with", "parent_of", "invited", "interviewed_by"};

}  // namespace

std::string_view to_string(EntityType type) { return kEntityNames[static_cast<int>(type)]; }
std::string_view to_string(Relation relation) {
  return kRelationNames[static_cast<int>(relation)];
}

std::optional<EntityType> parse_entity_type(std::string_view text) {
  for (std::size_t i = 0; i < kEntityNames.size(); ++i)
    if (kEntityNames[i] == text) return static_cast<EntityType>(i);
  return std::nullopt;
}

std::optional<Relation> parse_relation(std::string_view text) {
  for (std::size_t i = 0; i < kRelationNames.size(); ++i)
    if (kRelationNames[i] == text) return static_cast<Relation>(i);
  return std::nullopt;
}

bool is_symmetric(Relation relation) {
  return relation != Relation::ParentOf && relation != Relation::Invited &&
         relation != Relation::InterviewedBy;
}

}  // namespace kgx
