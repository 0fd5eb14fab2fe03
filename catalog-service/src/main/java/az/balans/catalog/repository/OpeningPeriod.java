package az.balans.catalog.repository;

/**
 * A channel is open on {@code day} (MONDAY..SUNDAY) from {@code opens} to {@code closes}, local
 * time in Asia/Baku, as HH:mm. A {@code closes} before {@code opens} runs past midnight.
 */
public record OpeningPeriod(String day, String opens, String closes) {}
