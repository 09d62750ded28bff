package de.foerderfluss.application.web;

import java.time.Instant;
import java.time.LocalDate;

import de.foerderfluss.application.CaseOutlook.Party;

/**
 * An open step of a case as the pages show it.
 *
 * @param taskKey the step's key in the process
 * @param label the step's name in the person's language
 * @param party whose turn it is
 * @param assigneeName who took it on, or null
 * @param due when the step becomes overdue, or null
 * @param lastDay the last day to take the step, or null
 * @param overdue whether the due date has passed
 * @param formPath the page on which the step is taken
 * @param mine whether the person looking holds the role whose turn it is
 */
record StepView(String taskKey, String label, Party party, String assigneeName, Instant due, LocalDate lastDay,
		boolean overdue, String formPath, boolean mine) {

}
