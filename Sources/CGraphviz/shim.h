// Thin static-inline helpers for what Swift cannot import cleanly from Graphviz 2.42:
// the Agdirected/Agundirected globals, char* parameters, the agtail/aghead macros,
// and gvRenderData's length type. No logic lives here.
#ifndef GEFLECHT_CGRAPHVIZ_SHIM_H
#define GEFLECHT_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stdio.h>
#include <stdlib.h>

static inline Agraph_t *gvs_open(const char *name, int directed, int strict) {
  Agdesc_t desc = directed ? (strict ? Agstrictdirected : Agdirected)
                           : (strict ? Agstrictundirected : Agundirected);
  return agopen((char *)name, desc, NULL);
}

static inline int gvs_is_directed(Agraph_t *g) { return agisdirected(g); }

static inline Agnode_t *gvs_node(Agraph_t *g, const char *name, int create) {
  return agnode(g, (char *)name, create);
}

static inline Agraph_t *gvs_subg(Agraph_t *g, const char *name, int create) {
  return agsubg(g, (char *)name, create);
}

static inline Agedge_t *gvs_edge(Agraph_t *g, Agnode_t *t, Agnode_t *h, const char *key, int create) {
  return agedge(g, t, h, (char *)key, create);
}

static inline Agsym_t *gvs_attr(Agraph_t *g, int kind, const char *name, const char *deflt) {
  return agattr(g, kind, (char *)name, (char *)deflt);
}

static inline int gvs_safeset(void *obj, const char *name, const char *value, const char *deflt) {
  return agsafeset(obj, (char *)name, (char *)value, (char *)deflt);
}

static inline char *gvs_get(void *obj, const char *name) { return agget(obj, (char *)name); }

static inline int gvs_set_html(void *obj, Agsym_t *sym, const char *html) {
  Agraph_t *g = agraphof(obj);
  char *s = agstrdup_html(g, (char *)html);
  int rc = agxset(obj, sym, s);
  agstrfree(g, s);
  return rc;
}

static inline int gvs_is_html(void *obj, const char *s) { return aghtmlstr((char *)s); }

static inline Agnode_t *gvs_tail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *gvs_head(Agedge_t *e) { return aghead(e); }
static inline Agedge_t *gvs_mkout(Agedge_t *e) { return AGMKOUT(e); }

static inline int gvs_kind_node(void) { return AGNODE; }
static inline int gvs_kind_edge(void) { return AGEDGE; }
static inline int gvs_kind_graph(void) { return AGRAPH; }

/// Writes `g` as DOT into a malloc'd buffer; the caller frees it with free(). Returns NULL on failure.
static inline char *gvs_write_memstream(Agraph_t *g, size_t *length) {
  char *buffer = NULL;
  size_t size = 0;
  FILE *stream = open_memstream(&buffer, &size);
  if (stream == NULL) return NULL;
  int rc = agwrite(g, stream);
  if (fclose(stream) != 0 || rc != 0) {
    free(buffer);
    return NULL;
  }
  *length = size;
  return buffer;
}

static inline Agraph_t *gvs_memread(const char *text) {
  agreadline(1);
  return agmemread((char *)text);
}

static inline int gvs_layout(GVC_t *gvc, Agraph_t *g, const char *engine) {
  return gvLayout(gvc, g, (char *)engine);
}

static inline int gvs_render_data(GVC_t *gvc, Agraph_t *g, const char *format, char **result,
                                  size_t *length) {
  unsigned int len = 0;
  int rc = gvRenderData(gvc, g, (char *)format, result, &len);
  *length = (size_t)len;
  return rc;
}

static inline const char *gvs_version(GVC_t *gvc) { return gvcVersion(gvc); }

#endif
