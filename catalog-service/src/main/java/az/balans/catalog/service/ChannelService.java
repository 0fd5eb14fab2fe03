package az.balans.catalog.service;

import az.balans.catalog.mapping.CatalogMapper;
import az.balans.catalog.repository.CarrierRepository;
import az.balans.catalog.repository.Channel;
import az.balans.catalog.repository.ChannelRepository;
import az.balans.catalog.rest.ChannelDto;
import az.balans.catalog.rest.Page;
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
    public Page<ChannelDto> search(String carrier, String kind, String city, String paymentMethod, int page, int size) {
        var query = channels.search(carrier, kind, city, paymentMethod).page(page, size);
        return new Page<>(query.list().stream().map(CatalogMapper::toDto).toList(), page, size, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ChannelDto> find(String id) {
        return channels.findByIdOptional(id).map(CatalogMapper::toDto);
    }

    @Transactional
    public ChannelDto create(ChannelDto dto) {
        requireKnownCarriers(dto);
        Channel channel = new Channel();
        channel.id = dto.id();
        CatalogMapper.apply(dto, channel);
        return CatalogMapper.toDto(writer.create(channel));
    }

    @Transactional
    public ChannelDto update(String id, ExpectedVersion expected, ChannelDto dto) {
        requireKnownCarriers(dto);
        return CatalogMapper.toDto(writer.update(Channel.class, id, expected, channel -> CatalogMapper.apply(dto, channel)));
    }

    @Transactional
    public void delete(String id, ExpectedVersion expected) {
        writer.delete(Channel.class, id, expected);
    }

    /** An array column has no foreign key: the carriers a channel serves are checked here. */
    private void requireKnownCarriers(ChannelDto dto) {
        for (int i = 0; i < dto.carriers().size(); i++) {
            if (carriers.findByIdOptional(dto.carriers().get(i)).isEmpty()) {
                throw new InvalidFieldException("carriers[" + i + "]", "no carrier with id '" + dto.carriers().get(i) + "'");
            }
        }
    }
}
