// Helpers for tests that drive the in-process vppsim: changes to a location's inventory made
// behind the client's back.
#pragma once

class SimLocation;

namespace SimSupport {

// A new assignment of a revocable asset with licenses left to an active user who lacks it;
// false when there is none to make.
bool assignOne(SimLocation &location);

} // namespace SimSupport
