/** Wiring of the infrastructure: Axon on the JPA event store, serialization, security, clock, error mapping. */
package dev.commitmenttracker.config;
