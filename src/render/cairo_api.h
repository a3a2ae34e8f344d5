/* cairo, and the FreeType it draws with, opened with dlopen on first use
 * instead of linked: cairo and the 16 shared libraries only it needs
 * (pixman, fontconfig, X11, xcb, ...) would be mapped and relocated by
 * every run, while only chart files (--grafieken) need them. The headers
 * still give the types and constants; calls go through a table of
 * pointers filled by the loader:
 *
 *     CA(cairo_move_to)(cr, x, y);
 *
 * Only render/cairo_canvas.c (and its unit test) include this header. */
#ifndef VG_CAIRO_API_H
#define VG_CAIRO_API_H

#include <cairo-ft.h>
#include <cairo-svg.h>
#include <cairo.h>

/* The library opened by cairo_api_load(); a build may name another one. */
#ifndef VG_CAIRO_SONAME
#define VG_CAIRO_SONAME "libcairo.so.2"
#endif

/* Every function called through the table, X(name). The FreeType ones are
 * looked up through cairo's own dependencies, so the faces we make come
 * from the FreeType that cairo uses. The PNG readers and image getters
 * are for tests/unit/test_cairo.c, which decodes what it drew. */
#define CAIRO_API_FUNCTIONS(X)                                                                     \
	X(FT_Done_FreeType)                                                                        \
	X(FT_Init_FreeType)                                                                        \
	X(FT_New_Face)                                                                             \
	X(cairo_append_path)                                                                       \
	X(cairo_clip)                                                                              \
	X(cairo_close_path)                                                                        \
	X(cairo_copy_path)                                                                         \
	X(cairo_create)                                                                            \
	X(cairo_curve_to)                                                                          \
	X(cairo_destroy)                                                                           \
	X(cairo_fill)                                                                              \
	X(cairo_font_face_destroy)                                                                 \
	X(cairo_font_face_set_user_data)                                                           \
	X(cairo_font_face_status)                                                                  \
	X(cairo_font_options_create)                                                               \
	X(cairo_font_options_destroy)                                                              \
	X(cairo_font_options_set_hint_metrics)                                                     \
	X(cairo_font_options_set_hint_style)                                                       \
	X(cairo_ft_font_face_create_for_ft_face)                                                   \
	X(cairo_has_current_point)                                                                 \
	X(cairo_image_surface_create)                                                              \
	X(cairo_image_surface_create_from_png_stream)                                              \
	X(cairo_image_surface_get_data)                                                            \
	X(cairo_image_surface_get_height)                                                          \
	X(cairo_image_surface_get_stride)                                                          \
	X(cairo_image_surface_get_width)                                                           \
	X(cairo_line_to)                                                                           \
	X(cairo_move_to)                                                                           \
	X(cairo_new_path)                                                                          \
	X(cairo_paint)                                                                             \
	X(cairo_path_destroy)                                                                      \
	X(cairo_restore)                                                                           \
	X(cairo_rotate)                                                                            \
	X(cairo_save)                                                                              \
	X(cairo_scale)                                                                             \
	X(cairo_set_dash)                                                                          \
	X(cairo_set_font_face)                                                                     \
	X(cairo_set_font_options)                                                                  \
	X(cairo_set_font_size)                                                                     \
	X(cairo_set_line_join)                                                                     \
	X(cairo_set_line_width)                                                                    \
	X(cairo_set_source_rgb)                                                                    \
	X(cairo_show_text)                                                                         \
	X(cairo_status)                                                                            \
	X(cairo_status_to_string)                                                                  \
	X(cairo_stroke)                                                                            \
	X(cairo_surface_destroy)                                                                   \
	X(cairo_surface_finish)                                                                    \
	X(cairo_surface_flush)                                                                     \
	X(cairo_surface_status)                                                                    \
	X(cairo_surface_write_to_png_stream)                                                       \
	X(cairo_svg_surface_create_for_stream)                                                     \
	X(cairo_svg_surface_set_document_unit)                                                     \
	X(cairo_translate)

/* One pointer per function, typed from its declaration in the headers, so
 * the compiler checks every call as if cairo were linked. */
struct cairo_api {
#define CAIRO_API_MEMBER(fn) __typeof__(fn) *fn;
	CAIRO_API_FUNCTIONS(CAIRO_API_MEMBER)
#undef CAIRO_API_MEMBER
};

/* Filled by a successful load; all NULL before. */
extern struct cairo_api cairo_api;

/* A call through the table: CA(cairo_paint)(cr). */
#define CA(fn) (cairo_api.fn)

/* Opens VG_CAIRO_SONAME once; later calls return at once. 0, or -1 with a
 * message (the table is then untouched and the next call tries again). */
int cairo_api_load(void);

/* Opens `soname` and fills the table from it, whether or not a library was
 * loaded before; what cairo_api_load() does, for tests of the failures.
 * 0, or -1 with a message and the table as it was. */
int cairo_api_load_from(const char *soname);

#endif
