/* wcwidth is declared only for X/Open; the header sets the ncurses side, this sets libc's. */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE 1
#include <stdio.h>
#include "CNcursesShim.h"

WINDOW *cncurses_stdscr(void) { return stdscr; }
int cncurses_colors(void) { return COLORS; }
int cncurses_color_pairs(void) { return COLOR_PAIRS; }
SCREEN *cncurses_newterm(const char *type) { return newterm(type, stdout, stdin); }

attr_t cncurses_attr_normal(void) { return A_NORMAL; }
attr_t cncurses_attr_bold(void) { return A_BOLD; }
attr_t cncurses_attr_dim(void) { return A_DIM; }
attr_t cncurses_attr_underline(void) { return A_UNDERLINE; }
attr_t cncurses_attr_reverse(void) { return A_REVERSE; }
attr_t cncurses_attr_italic(void) { return A_ITALIC; }

int cncurses_key_f(int n) { return KEY_F(n); }

mmask_t cncurses_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
mmask_t cncurses_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }
mmask_t cncurses_button1_pressed(void) { return BUTTON1_PRESSED; }
mmask_t cncurses_button1_released(void) { return BUTTON1_RELEASED; }
mmask_t cncurses_button1_clicked(void) { return BUTTON1_CLICKED; }
mmask_t cncurses_button2_pressed(void) { return BUTTON2_PRESSED; }
mmask_t cncurses_button2_released(void) { return BUTTON2_RELEASED; }
mmask_t cncurses_button2_clicked(void) { return BUTTON2_CLICKED; }
mmask_t cncurses_button3_pressed(void) { return BUTTON3_PRESSED; }
mmask_t cncurses_button3_released(void) { return BUTTON3_RELEASED; }
mmask_t cncurses_button3_clicked(void) { return BUTTON3_CLICKED; }
mmask_t cncurses_button4_pressed(void) { return BUTTON4_PRESSED; }
mmask_t cncurses_button5_pressed(void) { return BUTTON5_PRESSED; }

int cncurses_wcwidth(wchar_t c) { return wcwidth(c); }
