package az.balans.catalog.service;

import az.balans.catalog.repository.CarrierRepository;
import az.balans.catalog.repository.Channel;
import az.balans.catalog.repository.ChannelRepository;
import az.balans.problem.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

@ApplicationScoped
public class ChannelService {

    private final ChannelRepository channels;
    private final CarrierRepository carriers;
    private final CatalogWriter writer;

    ChannelService(ChannelRepository channels, CarrierRepository carriers, CatalogWriter writer) {
        this.channels = channels;
        this.carriers = carriers;
        this.writer = writer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<Channel> search(
            String carrier, String kind, String city, String paymentMethod, int page, int size) {
        return ResultPage.of(channels.search(carrier, kind, city, paymentMethod), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Channel> find(String id) {
        return channels.findByIdOptional(id);
    }

    @Transactional
    public Channel create(Channel channel) {
        requireKnownCarriers(channel);
        requireAmountsInOrder(channel);
        return writer.create(channel);
    }

    @Transactional
    public Channel replace(String id, ExpectedVersion expected, Channel replacement) {
        requireKnownCarriers(replacement);
        requireAmountsInOrder(replacement);
        replacement.id = id;
        return writer.replace(Channel.class, expected, replacement);
    }

    @Transactional
    public void delete(String id, ExpectedVersion expected) {
        writer.delete(Channel.class, id, expected);
    }

    private static void requireAmountsInOrder(Channel channel) {
        if (channel.minAmount != null
                && channel.maxAmount != null
                && channel.maxAmount.compareTo(channel.minAmount) < 0) {
            throw new InvalidFieldException("maxAmount", "must not be less than minAmount");
        }
    }

    /** An array column has no foreign key: the carriers a channel serves are checked here. */
    private void requireKnownCarriers(Channel channel) {
        for (int i = 0; i < channel.carriers.size(); i++) {
            if (carriers.findByIdOptional(channel.carriers.get(i)).isEmpty()) {
                throw new InvalidFieldException(
                        "carriers[" + i + "]",
                        "no carrier with id '" + channel.carriers.get(i) + "'");
            }
        }
    }
}
