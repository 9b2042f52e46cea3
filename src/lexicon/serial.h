// The artifact format: "DYADLEX\0", u32 format version, u32 flags (0),
// u64 payload size, u64 FNV-1a checksum of the payload, then the payload
// (little-endian fixed-width integers, length-prefixed strings and vectors).
#pragma once

#include <string>
#include <string_view>

#include "dyad/status.h"
#include "lexicon/model.h"

namespace dyad::lex {

std::string SerializeData(const LexiconData& data);
// Fills `data`'s serialised fields; the caller builds the indexes. Every
// length is checked against the bytes left, so a corrupt file cannot make it
// allocate more than the file's size.
Status DeserializeData(std::string_view bytes, LexiconData* data);

}  // namespace dyad::lex
