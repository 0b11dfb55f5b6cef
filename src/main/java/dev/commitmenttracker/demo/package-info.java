/** A demonstration dataset for the embedded default, loaded through the same services a user drives. */
package dev.commitmenttracker.demo;
