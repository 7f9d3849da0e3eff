// The system zlib for the gzip layer of `tresen backup` (TresenCore/Backup/Gzip.swift).
//
// A deviation from DESIGN.md §2 ("Swift packages only"): no listed Swift package compresses
// without pulling in SwiftNIO (compress-nio) or writes gzip streams at all (ZIPFoundation
// writes zip), while zlib is on every Linux and its -dev package is one apt line
// (zlib1g-dev, installed by .ci/run). Only deflate/inflate through the *2_ entry points are used.
#include <zlib.h>
