#include "simsupport.h"

#include "simlocation.h"

namespace SimSupport {

bool assignOne(SimLocation &location)
{
    for (int a = 0; a < location.assets().size(); ++a) {
        const SimAsset &asset = location.assets()[a];
        if (!asset.revocable || (!asset.unlimited && asset.availableCount() <= 0))
            continue;
        for (int t = 0; t < location.targets().size(); ++t) {
            const SimTarget &target = location.targets()[t];
            if (target.kind != SimTargetKind::User || location.findActiveUser(target.id) < 0 ||
                location.isAssigned(a, t))
                continue;
            if (location.assign(a, t) == SimLocation::AssignOutcome::Added)
                return true;
        }
    }
    return false;
}

} // namespace SimSupport
