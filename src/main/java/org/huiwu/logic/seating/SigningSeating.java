package org.huiwu.logic.seating;

import java.util.List;
import java.util.Objects;
import org.huiwu.model.seating.PartySeat;
import org.huiwu.model.seating.Viewpoint;

/**
 * Places the two signers of a signing ceremony (签字仪式), after seating.md §6 (S4, S10, S16):
 * from the signers' own viewpoint the host's signer sits on the left and the guest's signer on the
 * right, with the flag stand between them. The sources give no convention-dependent variant and no
 * order for the standing entourages beyond "in protocol order", so only the signers are placed.
 * Stateless, thread-safe.
 */
public final class SigningSeating {

    /**
     * The two signer chairs, left to right.
     *
     * @param viewpoint {@link Viewpoint#PODIUM}: as the signers see it;
     *                  {@link Viewpoint#AUDIENCE}: as the witnesses facing the table see it
     */
    public List<PartySeat> signers(Viewpoint viewpoint) {
        Objects.requireNonNull(viewpoint, "viewpoint");
        return viewpoint == Viewpoint.PODIUM
                ? List.of(PartySeat.host(1), PartySeat.guest(1))
                : List.of(PartySeat.guest(1), PartySeat.host(1));
    }
}
