#ifndef FOLIO_CPOPPLER_SHIM_H
#define FOLIO_CPOPPLER_SHIM_H
// poppler's GLib binding (Debian's libpoppler-glib-dev), called only from FolioPDF.
// See ../shared/ENGINEERING-NOTES.md "poppler (PDF) from Swift". poppler is GPL: see README.
#include <poppler.h>

// GObject casts are macros Swift cannot call: small inline helpers instead.
static inline void cpoppler_unref(void *object) { if (object) g_object_unref(object); }
static inline int cpoppler_error_code(const GError *error) {
    if (!error) return -1;
    return error->domain == POPPLER_ERROR ? error->code : -2;
}
#endif
