package de.foerderfluss.programme;

/** One application's share of a budget line; municipality is kept for reporting. */
public record BudgetAccount(Long fundingModuleId, Long applicationId, Long municipalityId) {
}
