package az.balans.history.repository;

/** A record set aside on the dead-letter topic: where it was read, and why it could not be accepted. */
public record SetAside(String topic, int partition, long offset, String reason) {}
