/** Inspections of an Area by HMCPSI: the ratings given and the numbered issues the Area must address. */
package dev.commitmenttracker.inspection;
