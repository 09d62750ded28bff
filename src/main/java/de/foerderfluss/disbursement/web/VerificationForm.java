package de.foerderfluss.disbursement.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The reviewer's verdict on a fund call: factually and arithmetically correct or not,
 * with a note (required when not correct; the service says so).
 */
record VerificationForm(@NotNull Boolean correct, @Size(max = 2000) String note) {

}
