/*
 * CNcursesShim: the only C in Tresen.
 *
 * ncurses hides part of its API behind macros that Swift cannot import: the A_* attribute bits
 * (NCURSES_BITS casts), KEY_F(n), the mouse event masks, and the wide-character functions unless
 * NCURSES_WIDECHAR is set before curses.h is read. SwiftPM drops the -D flags that
 * `pkg-config ncursesw` prints, so this header defines them itself. Every wrapper is prefixed
 * `cncurses_`, the way swift-nio prefixes its CNIOLinux_ functions.
 */
#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

/* Both must come before curses.h, or get_wch, wint_t, setcchar and friends stay invisible. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/*
 * ncurses' globals (stdscr, COLORS, COLOR_PAIRS, and libc's stdin/stdout) import as mutable
 * Swift globals, which Swift 6 refuses to read. These read them on Swift's behalf.
 */

/* The standard screen window, or NULL before newterm. */
WINDOW *cncurses_stdscr(void);
/* The number of colours after start_color (COLORS). */
int cncurses_colors(void);
/* The number of colour pairs after start_color (COLOR_PAIRS). */
int cncurses_color_pairs(void);
/* newterm(type, stdout, stdin): like initscr, but returns NULL instead of exiting on failure. */
SCREEN *cncurses_newterm(const char *type);

/* Attributes (attr_t is 32 bits wide; A_ITALIC is bit 31, so never pass these as int). */
attr_t cncurses_attr_normal(void);
attr_t cncurses_attr_bold(void);
attr_t cncurses_attr_dim(void);
attr_t cncurses_attr_underline(void);
attr_t cncurses_attr_reverse(void);
attr_t cncurses_attr_italic(void);

/* The key code of function key `n` (KEY_F(n)). */
int cncurses_key_f(int n);

/* Mouse event masks. */
mmask_t cncurses_all_mouse_events(void);
mmask_t cncurses_report_mouse_position(void);
mmask_t cncurses_button1_pressed(void);
mmask_t cncurses_button1_released(void);
mmask_t cncurses_button1_clicked(void);
mmask_t cncurses_button2_pressed(void);
mmask_t cncurses_button2_released(void);
mmask_t cncurses_button2_clicked(void);
mmask_t cncurses_button3_pressed(void);
mmask_t cncurses_button3_released(void);
mmask_t cncurses_button3_clicked(void);
/* The wheel: button 4 is up, button 5 is down (needs NCURSES_MOUSE_VERSION > 1). */
mmask_t cncurses_button4_pressed(void);
mmask_t cncurses_button5_pressed(void);

/* The columns `c` takes in the current locale (-1 when not printable); wcwidth needs _XOPEN_SOURCE. */
int cncurses_wcwidth(wchar_t c);

#endif
