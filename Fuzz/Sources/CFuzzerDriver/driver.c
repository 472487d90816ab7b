// Empty: the target only exports CFuzzerDriver.h. LLVMFuzzerRunDriver comes from libclang_rt.fuzzer,
// which -sanitize=fuzzer links.
#include "CFuzzerDriver.h"
