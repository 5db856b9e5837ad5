#include <stdio.h>
#include "xlate/xlate.h"
int main(void) { xlate_init(); return 0; }
