package org.coffer.server.reconciliation;

import java.time.LocalDate;
import java.util.List;

/**
 * What reconciliation leaves for people, oldest first, each list cut at the limit asked for (the totals are whole).
 *
 * @param proposals matches within a settler's tolerance waiting for a person to confirm or turn down
 * @param settlementsWithoutDetail money arrived with no itemisation: chase the settler for its file
 * @param detailWithoutSettlement payments itemised but not yet paid to the council
 * @param differences matches in force whose bank side and detail side differ: fees or shortfalls
 */
public record Leftovers(LocalDate asOf, List<MatchView> proposals, List<UndetailedLine> settlementsWithoutDetail,
        long settlementsWithoutDetailCount, long settlementsWithoutDetailPence,
        List<UnpaidBatch> detailWithoutSettlement, long detailWithoutSettlementCount, long detailWithoutSettlementPence,
        List<MatchView> differences) {

    public Leftovers {
        proposals = List.copyOf(proposals);
        settlementsWithoutDetail = List.copyOf(settlementsWithoutDetail);
        detailWithoutSettlement = List.copyOf(detailWithoutSettlement);
        differences = List.copyOf(differences);
    }
}
