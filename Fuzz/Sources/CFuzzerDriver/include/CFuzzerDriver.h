// libFuzzer's entry point for programs that have their own main (compiler-rt, FuzzerInterface.h).
// SwiftPM links every executable with main defined as <module>_main, so the fuzz targets cannot use
// libFuzzer's main; they call this driver from main.swift instead.
#ifndef GEFLECHT_FUZZ_DRIVER_H
#define GEFLECHT_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));

#endif
