#ifndef FOLIO_CLIBXML2_SHIM_H
#define FOLIO_CLIBXML2_SHIM_H
// See ../shared/ENGINEERING-NOTES.md: Debian's libxml2 is built with ICU, whose headers clash
// with Foundation's ICU module. Undefining LIBXML_ICU_ENABLED before any other libxml2 header
// keeps ICU out of every module that imports this one.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// xmlFree is a global function pointer; Swift 6 rejects touching it directly.
static inline void cxml_free(void *p) { xmlFree(p); }
#endif
