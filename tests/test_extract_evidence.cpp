#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "extract/pipeline.h"

using namespace kgx;

TEST_CASE("every relation's evidence offsets cut exactly its sentence out of the document (examples/)") {
  int relations = 0;
  for (const auto& entry : std::filesystem::directory_iterator(KGX_SOURCE_DIR "/examples")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    Extraction x = extract_document(entry.path().stem().string(), text);
    for (const ExtractedRelation& r : x.relations) {
      CAPTURE(r.evidence.sentence);
      REQUIRE(r.evidence.end <= text.size());
      CHECK(text.substr(r.evidence.begin, r.evidence.end - r.evidence.begin) == r.evidence.sentence);
      ++relations;
    }
  }
  CHECK(relations >= 14);
}

TEST_CASE("invalid UTF-8 is replaced and reported, never fatal") {
  Extraction x = extract_document("bad", std::string("Lena Ortiz married Paulo Reis.\xff\xfe\x00 ok", 36));
  REQUIRE(x.warnings.size() == 1);
  CHECK(x.warnings[0].find("invalid UTF-8") != std::string::npos);
  CHECK(x.relations.size() == 1);
}
